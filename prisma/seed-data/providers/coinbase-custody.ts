// Coinbase Custody (Coinbase Custody Trust Company, LLC): the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const coinbaseCustody: ProviderSeed = {
  slug: "coinbase-custody",
  name: "Coinbase Custody (Coinbase Custody Trust Company, LLC)",
  facts: {
    "kind": {
      value: "qualified custodian",
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
      note: "Qualified custodian for Advisers Act 206(4)-2 purposes.",
    },
    "website": {
      value: "https://www.coinbase.com/custody",
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
    },
    "docs_url": {
      value: "https://www.coinbase.com/custody/faq",
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
    },
    "founded_year": {
      value: 2018,
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
      note: "'Launched in 2018'.",
    },
    "status": {
      value: { state: "active", date: "2024-03" },
      source: "https://www.coinbase.com/blog/how-we-keep-digital-assets-safe",
      asOf: "2024-03-04",
      note: "Selected as custodian by 8 of 11 spot bitcoin ETFs.",
    },
    "coverage_types": {
      value: ["custody_theft"],
      source: "https://help.coinbase.com/en/coinbase/other-topics/legal-policies/how-is-coinbase-insured",
      asOf: "undated",
      note: "Crime insurance protects 'a portion' of digital assets held across storage systems; excludes account-credential compromise.",
    },
    "chains_supported": null,
    "kyc_required": null,
    "regions_eligibility": {
      value: "Institutional customers throughout the United States (non-discretionary fiduciary custody)",
      source: "https://docslib.org/doc/12539527/sam-mcingvale-chief-executive-officer-coinbase",
      asOf: "2019",
      confidence: "medium",
    },
    "claims_model": {
      value: "custodian_policy",
      source: "https://help.coinbase.com/en/coinbase/other-topics/legal-policies/how-is-coinbase-insured",
      asOf: "undated",
    },
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts": null,
    "capacity.0": {
      value: { metric: "Coinbase hot-wallet crime insurance limit (company-wide)", usd: 255000000 },
      source: "https://mainbloq.io/2019/04/255-million-coinbase-confirms-extent-of-crypto-insurance-coverage",
      asOf: "2019-04",
      note: "Placed via Aon with US/UK insurers incl. Lloyd's syndicates; <2% of assets in hot wallets. Not a Custody-specific cold-storage limit.",
    },
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "regulated_status": {
      value: "NYDFS-regulated limited purpose trust company (Coinbase Trust Company, LLC); fiduciary under §100 NY Banking Law",
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
    },
    "jurisdiction": {
      value: "New York, USA",
      source: "https://www.coinbase.com/custody/faq",
      asOf: "undated",
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
    status: { value: "active", date: "2024-03", from: "status" },
    website: { value: "https://www.coinbase.com/custody", from: "website" },
    docsUrl: { value: "https://www.coinbase.com/custody/faq", from: "docs_url" },
    claimsModel: { value: "custodian_policy", from: "claims_model" },
    kycRequired: { value: null, from: null },
    regionsExcluded: { value: [], from: null, note: "no list of excluded countries stated" },
    regulated: {
      value: true,
      from: "regulated_status",
      note: "NYDFS-regulated limited purpose trust company",
    },
    jurisdiction: { value: "New York, USA", from: "jurisdiction" },
    foundedYear: { value: 2018, from: "founded_year" },
    capacityUsd: {
      value: null,
      from: null,
      note: "capacity.0 is a company-wide hot-wallet limit; its note says it is not a custody limit",
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
    score: 5,
    rationale: "Crime insurance comes with institutional custody; it protects only a portion of assets.",
    basis: ["coverage_types", "regions_eligibility"],
  },
  support: {
    score: 6,
    rationale: "Public custody FAQ and an insurance help page; NYDFS-regulated trust company.",
    basis: ["docs_url", "claims_model", "regulated_status"],
  },
  products: [
    {
      slug: "crime-insurance",
      from: "products.0",
      name: "Crime insurance (portion of assets; hot wallet limit $255M as of 2019)",
      coverageType: "custody_theft",
      description: null,
      source: "https://mainbloq.io/2019/04/255-million-coinbase-confirms-extent-of-crypto-insurance-coverage",
      asOf: "2019-04",
      note: null,
      stated: { chains: null, annualPricePct: null, status: null },
      status: "active",
      statusRule: "no product status stated; follows the provider status",
      scope: {
        venueKinds: ["custodian"],
        venues: ["coinbase", "coinbase-custody"],
        chains: ["*"],
        rule: "assets held by Coinbase Custody; the custodian (not the chain) is the scope → chains '*'",
      },
      terms: {},
      termNotes: [
        "The $255M figure is Coinbase's company-wide hot-wallet limit (2019), not a custody limit: capacity left unknown",
      ],
    },
  ],
  skippedProducts: [],
};
