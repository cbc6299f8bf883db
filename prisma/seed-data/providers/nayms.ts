// Nayms: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const nayms: ProviderSeed = {
  slug: "nayms",
  name: "Nayms",
  facts: {
    "kind": {
      value: "on-chain insurance marketplace",
      source: "https://nayms.com/help/",
      asOf: "undated",
      note: "Regulated marketplace (Bermuda Segregated Accounts Company) where sponsors run capitalised segregated accounts.",
    },
    "website": { value: "https://nayms.com", source: "https://nayms.com/help/", asOf: "undated" },
    "docs_url": {
      value: "https://docs.nayms.com",
      source: "https://docs.nayms.com/contracts-v3/docs/",
      asOf: "undated",
    },
    "founded_year": {
      value: 2019,
      source: "https://medium.com/nayms/nayms-an-introduction-be72f80fa208",
      asOf: "2019-07-04",
      note: "Intro post: team worked on project for 'past 5 months'.",
    },
    "status": {
      value: { state: "active", date: "2024-05" },
      source: "https://tritonliquid.com/research/project-highlights-real-world-value",
      asOf: "2024-05-23",
    },
    "coverage_types": null,
    "chains_supported": {
      value: ["Ethereum", "Base"],
      source: "https://tritonliquid.com/research/project-highlights-real-world-value",
      asOf: "2024-05-23",
      note: "Also announced NEAR partnership.",
    },
    "kyc_required": null,
    "regions_eligibility": {
      value: "Participation-token trading limited to sophisticated/qualified investors",
      source: "https://tritonliquid.com/research/project-highlights-real-world-value",
      asOf: "2024-05-23",
      note: "Also: 'Nayms offers qualified investors access...' (https://medium.com/nayms/a-peek-behind-the-scenes-at-nayms-16c8ac8f02c7)",
    },
    "claims_model": null,
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts": null,
    "capacity": null,
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "regulated_status": {
      value: "Holds Bermuda Digital Asset Business Act licence (Class F) and Innovative General Business (IIGB) insurance licence",
      source: "https://nayms.com/help/",
      asOf: "undated",
      note: "Class F detail: https://cspdao.medium.com/csp-dao-project-review-nayms-3782896810b7 (2022-10).",
    },
    "jurisdiction": {
      value: "Bermuda (regulated by Bermuda Monetary Authority)",
      source: "https://chaincatcher.com/en/article/2092540",
      asOf: "2023-05",
    },
    "audits": null,
    "cover_period.min_days": null,
    "cover_period.max_days": null,
    "deductible_practice": null,
    "token": null,
    "funding": {
      value: { usd: 12000000 },
      source: "https://chaincatcher.com/en/article/2092540",
      asOf: "2023-05",
    },
    "governance_note": {
      value: "Insurance Committee of 5 (underwriter, broker, insurance lawyer, actuary + Willis Towers Watson insurance-manager rep) vets programs",
      source: "https://medium.com/nayms/a-peek-behind-the-scenes-at-nayms-16c8ac8f02c7",
      asOf: "2023-12-08",
    },
    // Not seeded as a product: coverage_type is null (no matching coverage vocabulary).
    "products.0": {
      value: {
        name: "Segregated-account insurance programs (marketplace)",
        coverage_type: null,
        chains: ["Ethereum", "Base"],
        annual_price_pct: null,
        description: "Programs 'mostly cover traditional markets such as P&C and ILW'.",
      },
      source: "https://tritonliquid.com/research/project-highlights-real-world-value",
      asOf: "2024-05-23",
      note: "No specific crypto cover product found.",
    },
  },
  remarks: [],
  columns: {
    kind: { value: "on-chain insurance marketplace", from: "kind" },
    status: { value: "active", date: "2024-05", from: "status" },
    website: { value: "https://nayms.com", from: "website" },
    docsUrl: { value: "https://docs.nayms.com", from: "docs_url" },
    claimsModel: { value: null, from: null },
    kycRequired: { value: null, from: null },
    regionsExcluded: { value: [], from: null, note: "no list of excluded countries stated" },
    regulated: {
      value: true,
      from: "regulated_status",
      note: "holds Bermuda DABA (Class F) and IIGB insurance licences",
    },
    jurisdiction: { value: "Bermuda (regulated by Bermuda Monetary Authority)", from: "jurisdiction" },
    foundedYear: { value: 2019, from: "founded_year" },
    capacityUsd: { value: null, from: null },
    claimsPaidUsd: { value: null, from: null },
    premiumLowPct: { value: null, from: null },
    premiumHighPct: { value: null, from: null },
    auditCount: { value: null, from: null },
    chains: { value: ["ethereum", "base"], from: "chains_supported" },
    coverageTypes: { value: [], from: null },
  },
  // EDITORIAL (CoverDesk's judgement, not a researched fact): 0-10, conservative; `basis` = the facts it rests on.
  ux: {
    score: 2,
    rationale: "Marketplace for qualified investors; no crypto cover product found.",
    basis: ["regions_eligibility", "products.0"],
  },
  support: {
    score: 3,
    rationale: "Public docs; an insurance committee vets programs; no claims process for holders documented.",
    basis: ["docs_url", "governance_note", "claims_model"],
  },
  products: [],
  skippedProducts: ["products.0"],
};
