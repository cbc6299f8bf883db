// Bridge Mutual: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const bridgeMutual: ProviderSeed = {
  slug: "bridge-mutual",
  name: "Bridge Mutual",
  facts: {
    "kind": {
      value: "discretionary mutual",
      source: "https://www.bridgemutual.io/faq",
      asOf: "undated",
      note: "'decentralized, discretionary coverage platform'.",
    },
    "website": {
      value: "https://www.bridgemutual.io",
      source: "https://www.bridgemutual.io/faq",
      asOf: "undated",
    },
    "docs_url": {
      value: "https://bridge-mutual.gitbook.io/bridge-mutual",
      source: "https://bridge-mutual.gitbook.io/bridge-mutual/making-a-claim",
      asOf: "undated",
    },
    "founded_year": null,
    "status": null,
    "coverage_types": {
      value: ["protocol_exploit", "depeg", "custody_theft"],
      source: "https://www.bridgemutual.io/faq",
      asOf: "undated",
      note: "Smart contracts, stablecoins, exchanges. A later FAQ version says only smart contract coverage currently, stablecoin/custodian 'soon' (https://dein-fi.gitbook.io/bridge-mutual/other/faq).",
    },
    "chains_supported": null,
    "kyc_required": {
      value: "no",
      source: "https://blockchainmarket.eu/blockchain-education/crypto-insurance-bridge-mutual-vs-nexus-mutual/",
      asOf: "undated",
      confidence: "medium",
    },
    "regions_eligibility": null,
    "claims_model": {
      value: "discretionary_vote",
      source: "https://bridge-mutual.gitbook.io/bridge-mutual/claim-voting-process",
      asOf: "undated",
      note: "BMI stakers vote (66% majority to pass); appeals decided by Trusted Voters.",
    },
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts.0": {
      value: {
        event: "first claim paid",
        usd: 50000,
        date: "Aug 4 (year not stated; launched the preceding July)",
      },
      source: "https://docs.brightunion.io/buying-coverage/claims-processes/bridge-mutual-claims-process",
      asOf: "undated (c.2021)",
    },
    "capacity": null,
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "pricing.other": {
      value: "Coverage providers receive 80% of premium",
      source: "https://bridge-mutual.gitbook.io/bridge-mutual/glossary",
      asOf: "undated",
    },
    "regulated_status": null,
    "jurisdiction": null,
    "audits": null,
    "cover_period.min_days": null,
    "cover_period.max_days": null,
    "deductible_practice.0": {
      value: "Claim requires deposit of 1% of claim value in BMI (returned if valid); appeal costs another 1%; claims up to 7 days after policy expiry",
      source: "https://bridge-mutual.gitbook.io/bridge-mutual/making-a-claim",
      asOf: "undated",
    },
    "token": { value: "BMI", source: "https://www.bridgemutual.io/faq", asOf: "undated" },
  },
  remarks: [],
  columns: {
    kind: { value: "discretionary mutual", from: "kind" },
    status: { value: "unknown", date: null, from: null },
    website: { value: "https://www.bridgemutual.io", from: "website" },
    docsUrl: { value: "https://bridge-mutual.gitbook.io/bridge-mutual", from: "docs_url" },
    claimsModel: { value: "discretionary_vote", from: "claims_model" },
    kycRequired: { value: false, from: "kyc_required" },
    regionsExcluded: { value: [], from: null },
    regulated: { value: null, from: null },
    jurisdiction: { value: null, from: null },
    foundedYear: { value: null, from: null },
    capacityUsd: { value: null, from: null },
    claimsPaidUsd: { value: null, from: null },
    premiumLowPct: { value: null, from: null },
    premiumHighPct: { value: null, from: null },
    auditCount: { value: null, from: null },
    chains: { value: [], from: null },
    coverageTypes: { value: ["protocol_exploit", "depeg", "custody_theft"], from: "coverage_types" },
  },
  // EDITORIAL (CoverDesk's judgement, not a researched fact): 0-10, conservative; `basis` = the facts it rests on.
  ux: {
    score: 3,
    rationale: "No KYC (medium-confidence source) and public docs; no chains or current status found.",
    basis: ["kyc_required", "docs_url", "chains_supported", "status"],
  },
  support: {
    score: 4,
    rationale: "Documented claim and appeal process with a 7-day post-expiry claim window.",
    basis: ["claims_model", "deductible_practice.0"],
  },
  products: [
    {
      slug: "coverage-pools",
      from: "products.0",
      name: "Smart contract / stablecoin / exchange coverage pools",
      coverageType: "protocol_exploit",
      description: null,
      source: "https://www.bridgemutual.io/faq",
      asOf: "undated",
      note: null,
      stated: { chains: null, annualPricePct: null, status: null },
      status: "unknown",
      statusRule: "no product status stated; follows the provider status",
      scope: {
        venueKinds: ["defi"],
        venues: ["*"],
        chains: [],
        rule: "per-protocol coverage pools; chains not found (provider chains unknown) → empty until documented",
      },
      terms: {
        claimWindowDays: {
          value: 7,
          from: "deductible_practice.0",
          note: "'claims up to 7 days after policy expiry'",
        },
      },
    },
  ],
  skippedProducts: [],
};
