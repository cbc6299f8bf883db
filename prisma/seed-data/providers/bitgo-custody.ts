// BitGo Custody: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";

export const bitgoCustody: ProviderSeed = {
  slug: "bitgo-custody",
  name: "BitGo Custody",
  facts: {
    "kind": {
      value: "qualified custodian",
      source: "https://www.bitgo.com/en-ae/resources/blog/bitgo-secures-occ-approval",
      asOf: "2025-12",
    },
    "website": {
      value: "https://www.bitgo.com",
      source: "https://www.bitgo.com/insurance-faqs/",
      asOf: "undated",
    },
    "docs_url": {
      value: "https://www.bitgo.com/insurance-faqs/",
      source: "https://www.bitgo.com/insurance-faqs/",
      asOf: "undated",
    },
    "founded_year": {
      value: 2013,
      source: "https://www.bitgo.com/en-ae/resources/blog/bitgo-secures-occ-approval",
      asOf: "2025-12",
    },
    "status": {
      value: { state: "active", date: "2025-12" },
      source: "https://www.bitgo.com/en-ae/resources/blog/bitgo-secures-occ-approval",
      asOf: "2025-12",
    },
    "coverage_types": {
      value: ["custody_theft"],
      source: "https://www.bitgo.com/insurance-faqs/",
      asOf: "undated",
      note: "Policy applies only where BitGo Trust holds all keys; covers keys stolen, lost or misused by BitGo; not self-custody wallets.",
    },
    "chains_supported": null,
    "kyc_required": {
      value: "yes",
      source: "https://scout.bitgo.com/account-management/custody-qualified-cold-selfcustody",
      asOf: "undated",
      note: "Identity verification (Persona) required to activate Qualified Custody; entity KYB incl. UBOs >25%.",
    },
    "regions_eligibility": null,
    "claims_model": {
      value: "custodian_policy",
      source: "https://www.bitgo.com/insurance-faqs/",
      asOf: "undated",
      note: "Proceeds paid per applicable law and BitGo Trust's fiduciary obligations.",
    },
    "payout_track_record.total_claims_paid": null,
    "payout_track_record.notable_payouts": null,
    "capacity.0": {
      value: { metric: "insurance limit for assets in qualified custody", usd: 250000000 },
      source: "https://www.globalbankingandfinance.com/bitgo-says-it-is-setting-a-new-standard-for-institutional-digital-asset-infrastructure-with-unified-federal-oversight",
      asOf: "2025-12",
      note: "CEO 2025 interview: 'up to $250 million in insurance coverage with additional excess cover' (https://cryptopulpit.com/trillion-dollar-gap-why-your-bitcoin-is-never-fully-insured-bitgo-ceo-warns).",
    },
    "capacity.1": {
      value: { metric: "assets under custody", usd: ">100,000,000,000" },
      source: "https://cryptopulpit.com/trillion-dollar-gap-why-your-bitcoin-is-never-fully-insured-bitgo-ceo-warns",
      asOf: "2025",
    },
    "capacity.2": {
      value: { metric: "cold-storage insurance program (historic)", usd: 700000000 },
      source: "https://www.theblock.co/post/102420/bitgo-700-million-insurance-crypto-custody",
      asOf: "undated (The Block)",
      note: "Adds $600M to the $100M Lloyd's policy of early 2019.",
    },
    "capacity.3": {
      value: { metric: "Lloyd's specie policy (historic)", usd: 100000000 },
      source: "https://www.bitgo.com/resources/digital-asset-insurance",
      asOf: "2019",
      note: "10 Lloyd's underwriters led by AMTrust; cold storage only (https://www.theblockcrypto.com/linked/14506/...).",
    },
    "pricing.typical_annual_premium_pct": null,
    "pricing.membership_fee": null,
    "pricing.other": {
      value: "No additional cost to clients for the custody insurance; BitGo pays deductibles",
      source: "https://www.bitgo.com/resources/digital-asset-insurance",
      asOf: "2019",
    },
    "regulated_status": {
      value: "BitGo Bank & Trust, N.A. — federally chartered national trust bank (OCC); previously BitGo Trust Company, South Dakota-chartered trust company",
      source: "https://www.bitgo.com/en-ae/resources/blog/bitgo-secures-occ-approval",
      asOf: "2025-12",
    },
    "jurisdiction": {
      value: "United States (OCC)",
      source: "https://www.bitgo.com/en-ae/resources/blog/bitgo-secures-occ-approval",
      asOf: "2025-12",
    },
    "audits": null,
    "cover_period.min_days": null,
    "cover_period.max_days": null,
    "deductible_practice.0": {
      value: "BitGo pays any and all deductibles (Lloyd's policy)",
      source: "https://www.bitgo.com/resources/digital-asset-insurance",
      asOf: "2019",
    },
    "token": null,
  },
  remarks: [],
  columns: {
    kind: { value: "qualified custodian", from: "kind" },
    status: { value: "active", date: "2025-12", from: "status" },
    website: { value: "https://www.bitgo.com", from: "website" },
    docsUrl: { value: "https://www.bitgo.com/insurance-faqs/", from: "docs_url" },
    claimsModel: { value: "custodian_policy", from: "claims_model" },
    kycRequired: { value: true, from: "kyc_required" },
    regionsExcluded: { value: [], from: null },
    regulated: { value: true, from: "regulated_status", note: "OCC-chartered national trust bank" },
    jurisdiction: { value: "United States (OCC)", from: "jurisdiction" },
    foundedYear: { value: 2013, from: "founded_year" },
    capacityUsd: {
      value: "250000000",
      from: "capacity.0",
      note: "capacity.0 = insurance limit for assets in qualified custody (2025-12); capacity.1 is assets under custody",
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
    rationale: "Insurance comes with qualified custody at no extra cost, after identity/KYB onboarding.",
    basis: ["pricing.other", "kyc_required"],
  },
  support: {
    score: 6,
    rationale: "Public insurance FAQ; regulated trust bank with fiduciary duties; broker named for client top-up cover.",
    basis: ["docs_url", "regulated_status", "products.0"],
  },
  products: [
    {
      slug: "qualified-custody-insurance",
      from: "products.0",
      name: "Qualified custody insurance (crime/specie)",
      coverageType: "custody_theft",
      description: "Up to $250M for assets in qualified custody; excess cover available; broker Woodruff Sawyer for client top-up insurance.",
      source: "https://www.globalbankingandfinance.com/bitgo-says-it-is-setting-a-new-standard-for-institutional-digital-asset-infrastructure-with-unified-federal-oversight",
      asOf: "2025-12",
      note: null,
      stated: { chains: null, annualPricePct: null, status: null },
      status: "active",
      statusRule: "no product status stated; follows the provider status",
      scope: {
        venueKinds: ["custodian"],
        venues: ["bitgo"],
        chains: ["*"],
        rule: "assets in BitGo qualified custody (BitGo holds all keys); the custodian (not the chain) is the scope → chains '*'",
      },
      terms: {
        capacityUsd: {
          value: "250000000",
          from: "capacity.0",
          note: "insurance limit for assets in qualified custody (aggregate, not per client)",
        },
      },
    },
  ],
  skippedProducts: [],
};
