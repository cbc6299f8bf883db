// Anchorage Digital: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const anchorageDigital: ProviderSeed = {
  slug: "anchorage-digital",
  name: "Anchorage Digital",
  facts: {
    "kind": {
      value: "qualified custodian",
      source: "https://www.theblock.co/amp/linked/91071/crypto-custodian-anchorage-nabs-national-bank-charter-from-occ",
      asOf: "2021-01",
    },
    "website": null,
    "docs_url": null,
    "founded_year": {
      value: 2017,
      source: "https://www.protocol.com/fintech/crypto-nft-anchorage-blockchain-banking",
      asOf: "2021",
    },
    "status": null,
    "coverage_types": null,
    "chains_supported": null,
    "kyc_required": null,
    "regions_eligibility": null,
    "claims_model": null,
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts": null,
    "capacity": null,
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "regulated_status": {
      value: "Anchorage Digital Bank, N.A. — OCC national trust bank charter (conditional approval 13 Jan 2021; converted from South Dakota-chartered Anchorage Trust Company)",
      source: "https://www.regreport.info/2021/01/13/sd-chartered-trust-company-gets-conditional-occ-approval-for-national-trust-bank-charter/",
      asOf: "2021-01-13",
      note: "Affiliates: Anchorage Digital Singapore (MAS licensed), Anchorage Digital NY LLC (NY BitLicense): https://workweek.com/campaign-archive-single/?ww_st_blast_id=41995165",
    },
    "jurisdiction": {
      value: "United States (OCC)",
      source: "https://bankingjournal.aba.com/2021/01/occ-approves-conversion-of-anchorage-digital-bank/",
      asOf: "2021-01",
    },
    "audits": null,
    "cover_period.min_days": null,
    "cover_period.max_days": null,
    "deductible_practice": null,
    "token": null,
  },
  remarks: [
    {
      key: "notes.0",
      text: "No public insurance limit or insurance product for Anchorage custody was found in searched sources.",
    },
  ],
  columns: {
    kind: { value: "qualified custodian", from: "kind" },
    status: { value: "unknown", date: null, from: null },
    website: { value: null, from: null },
    docsUrl: { value: null, from: null },
    claimsModel: { value: null, from: null },
    kycRequired: { value: null, from: null },
    regionsExcluded: { value: [], from: null },
    regulated: { value: true, from: "regulated_status", note: "OCC national trust bank charter" },
    jurisdiction: { value: "United States (OCC)", from: "jurisdiction" },
    foundedYear: { value: 2017, from: "founded_year" },
    capacityUsd: { value: null, from: null },
    claimsPaidUsd: { value: null, from: null },
    premiumLowPct: { value: null, from: null },
    premiumHighPct: { value: null, from: null },
    auditCount: { value: null, from: null },
    chains: { value: [], from: null },
    coverageTypes: { value: [], from: null },
  },
  // EDITORIAL (CoverDesk's judgement, not a researched fact): 0-10, conservative; `basis` = the facts it rests on.
  ux: {
    score: 2,
    rationale: "No public insurance product or limit found; no website recorded.",
    basis: ["notes.0", "website"],
  },
  support: {
    score: 3,
    rationale: "OCC-chartered bank, but no insurance documentation found.",
    basis: ["regulated_status", "docs_url"],
  },
  products: [],
  skippedProducts: [],
};
