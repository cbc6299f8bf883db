// Gemini Custody: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const geminiCustody: ProviderSeed = {
  slug: "gemini-custody",
  name: "Gemini Custody",
  facts: {
    "kind": {
      value: "qualified custodian",
      source: "https://coinnotes.news/2019/09/11/this-is-more-of-a-re-launch-a-conversation-with-jeanine-hightower-sellitto-about-geminis-custody-foray/",
      asOf: "2019-09",
      note: "'qualified custodian under New York state banking law as a New York state trust company'.",
    },
    "website": {
      value: "https://gemini.com",
      source: "https://gemini.com/custody-services/",
      asOf: "2016-10-27",
    },
    "docs_url": {
      value: "https://gemini.com/custody-services/",
      source: "https://gemini.com/custody-services/",
      asOf: "2016-10-27",
    },
    "founded_year": null,
    "status": null,
    "coverage_types": {
      value: ["custody_theft"],
      source: "https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/",
      asOf: "2020-01",
      note: "Cold storage policy; Gemini also carries separate hot-wallet insurance.",
    },
    "chains_supported": null,
    "kyc_required": null,
    "regions_eligibility": null,
    "claims_model": {
      value: "custodian_policy",
      source: "https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/",
      asOf: "2020-01",
    },
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts": null,
    "capacity.0": {
      value: {
        metric: "Gemini Custody cold-storage insurance limit (Nakamoto captive + outside insurers)",
        usd: 200000000,
      },
      source: "https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/",
      asOf: "2020-01-16",
      note: "Brokers Aon and Marsh.",
    },
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "regulated_status": {
      value: "Gemini Trust Company: NYDFS-chartered limited-purpose trust company; captive insurer Nakamoto licensed by Bermuda Monetary Authority",
      source: "https://gemini.com/custody-services/",
      asOf: "2016-10-27",
      note: "Captive: https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/ (2020-01).",
    },
    "jurisdiction": {
      value: "New York, USA (trust company); Bermuda (captive)",
      source: "https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/",
      asOf: "2020-01",
    },
    "audits": null,
    "cover_period.min_days": null,
    "cover_period.max_days": null,
    "deductible_practice": null,
    "token": null,
  },
  remarks: [],
  columns: {
    kind: { value: "qualified custodian", from: "kind" },
    status: { value: "unknown", date: null, from: null },
    website: { value: "https://gemini.com", from: "website" },
    docsUrl: { value: "https://gemini.com/custody-services/", from: "docs_url" },
    claimsModel: { value: "custodian_policy", from: "claims_model" },
    kycRequired: { value: null, from: null },
    regionsExcluded: { value: [], from: null },
    regulated: {
      value: true,
      from: "regulated_status",
      note: "NYDFS-chartered trust company; captive insurer licensed in Bermuda",
    },
    jurisdiction: { value: "New York, USA (trust company); Bermuda (captive)", from: "jurisdiction" },
    foundedYear: { value: null, from: null },
    capacityUsd: {
      value: "200000000",
      from: "capacity.0",
      note: "capacity.0 = cold-storage insurance limit (2020-01)",
    },
    claimsPaidUsd: { value: null, from: null },
    premiumLowPct: { value: null, from: null },
    premiumHighPct: { value: null, from: null },
    auditCount: { value: null, from: null },
    chains: { value: [], from: null },
    coverageTypes: { value: ["custody_theft"], from: "coverage_types" },
  },
  // EDITORIAL (CoverDesk's judgement, not a researched fact): 0-10, conservative; `basis` = the facts it rests on.
  ux: {
    score: 4,
    rationale: "Insurance comes with the custody account (no purchase needed); current status not found.",
    basis: ["products.0", "status"],
  },
  support: {
    score: 4,
    rationale: "Regulated NY trust company with a public custody page; brokers named; no insurance FAQ found.",
    basis: ["regulated_status", "docs_url", "capacity.0"],
  },
  products: [
    {
      slug: "cold-storage-insurance",
      from: "products.0",
      name: "Gemini Custody cold-storage insurance (Nakamoto captive)",
      coverageType: "custody_theft",
      description: "Up to $200M limit.",
      source: "https://modernconsensus.com/regulation/gemini-launches-captive-insurance-firm/",
      asOf: "2020-01",
      note: null,
      stated: { chains: null, annualPricePct: null, status: null },
      status: "unknown",
      statusRule: "no product status stated; follows the provider status",
      scope: {
        venueKinds: ["custodian"],
        venues: ["gemini"],
        chains: ["*"],
        rule: "assets in Gemini Custody cold storage; the custodian (not the chain) is the scope → chains '*'",
      },
      terms: {
        capacityUsd: {
          value: "200000000",
          from: "capacity.0",
          note: "cold-storage insurance limit (aggregate, not per client)",
        },
      },
    },
  ],
  skippedProducts: [],
};
