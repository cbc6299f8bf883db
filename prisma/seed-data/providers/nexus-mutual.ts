// Nexus Mutual: the researched facts, copied verbatim from shared/data/providers.json
// (fact key = its path in that file; `as_of` → `asOf`; null = not found), plus CoverDesk's
// derivations: typed columns (each naming the fact it comes from), product scope, editorial scores.
import type { ProviderSeed } from "../types";
import { nexusMutualProducts } from "./nexus-mutual-products";

export const nexusMutual: ProviderSeed = {
  slug: "nexus-mutual",
  name: "Nexus Mutual",
  facts: {
    "kind": {
      value: "discretionary mutual",
      source: "https://docs.nexusmutual.io/overview/resources/faq/",
      asOf: "undated (docs snapshot)",
      note: "Docs: 'Nexus Mutual cover is not a contract of insurance... discretionary mutual'.",
    },
    "website": { value: "https://nexusmutual.io", source: "https://nexusmutual.io/faq", asOf: "undated" },
    "docs_url": {
      value: "https://docs.nexusmutual.io",
      source: "https://docs.nexusmutual.io/overview/membership/",
      asOf: "undated",
    },
    "founded_year": {
      value: 2019,
      source: "https://defi.win/nexus-mutual-exclusive-interview-ceo-hugh-karp",
      asOf: "2020",
      note: "Mainnet deployed 'late May of 2019' per founder interview. Legal entity Nexus Mutual Ltd, UK company no. 10917763 (https://documents.pub/document/the-rules-of-nexus-mutual-limited.html); incorporation year not confirmed.",
    },
    "status": {
      value: { state: "active", date: null },
      source: "https://github.com/NexusMutual/docs/blob/10869c85cd0c5668397a85fb2341911736a3bd90/docs/overview/claims-history/claims-history.md",
      asOf: "2025",
      note: "Claims table includes 2025 payouts. Custody Cover product type sunset via NMPIP-193 (see products).",
    },
    "coverage_types": {
      value: [
        "protocol_exploit", "oracle", "depeg", "slashing", "fund_portfolio", "custody_theft", "exchange_halt",
      ],
      source: "https://docs.nexusmutual.io/overview/cover-products/protocol-cover/",
      asOf: "undated (docs snapshot)",
      note: "protocol_exploit+oracle: Protocol Cover covers exploits, oracle manipulation/failure, liquidation failures, governance takeovers. slashing: ETH Slashing Cover. fund_portfolio: Fund Portfolio Cover (also includes depeg, custodian crime/halts, slashing). depeg: Yield Token Cover / Fund Portfolio. custody_theft/exchange_halt: Custody Cover is DEPRECATED (NMPIP-193); custodian risks still listed inside Fund Portfolio Cover. Homepage FAQ: '12 cover products' (https://nexusmutual.io/faq).",
    },
    "chains_supported": {
      value: ["Ethereum (protocol contracts)", "EVM-compatible networks and Ethereum L2s (covered protocols)"],
      source: "https://docs.nexusmutual.io/overview/cover-products/protocol-cover/",
      asOf: "undated (docs snapshot)",
      note: "Cover bought on Ethereum mainnet; covered protocols may be on any EVM chain/L2. L2 purchase available via OpenCover distributor.",
    },
    "kyc_required": {
      value: "yes",
      source: "https://docs.nexusmutual.io/overview/membership/",
      asOf: "undated (docs snapshot)",
      note: "KYC/AML required for membership; non-members can obtain Nexus cover without KYC via distributors such as OpenCover (see OpenCover entry).",
    },
    "regions_eligibility": {
      value: {
        restricted_countries: [
          "Algeria", "Angola", "Bolivia", "Bulgaria", "Cameroon", "China", "Cote d'Ivoire",
          "Democratic Republic of Congo", "Haiti", "India", "Iran", "Japan", "Kenya",
          "Lao People's Democratic Republic", "Lebanon", "Mexico", "Monaco", "Myanmar", "Namibia", "Nepal",
          "North Korea", "Russia", "South Sudan", "Syria", "Venezuela", "Vietnam", "Yemen",
        ],
      },
      source: "https://github.com/NexusMutual/docs/blob/1874f7bb236cb62185fc65294b9bb6aeb7966285/docs/overview/membership.md",
      asOf: "undated (docs repo snapshot)",
      note: "An older gitbook FAQ listed a different, shorter list (North Korea, Trinidad and Tobago, South Korea, Sri Lanka): https://nexusmutual.gitbook.io/docs/welcome/faq/membership",
    },
    "claims_model": {
      value: "discretionary_vote",
      source: "https://github.com/NexusMutual/docs/blob/0c810d5cff8287e2795896eccbc3a9a17192a9fb/docs/protocol/claims-assessment.md",
      asOf: "undated (docs repo snapshot)",
      note: "Draft claim reviewed by assessors/Claims Committee, then on-chain submission with deposit; voting 3 days; cooldown typically 24h; redemption typically 30 days. Protocol Cover: 72h cool-down after exploit before filing.",
    },
    "payout_track_record.total_claims_paid": {
      value: {
        usd: 18502138.31,
        by_year_usd: {
          "2020": 33720.1,
          "2021": 2716958.11,
          "2022": 6615394.75,
          "2023": 8883212.99,
          "2024": 6895.07,
          "2025": 245957.29,
        },
      },
      source: "https://github.com/NexusMutual/docs/blob/10869c85cd0c5668397a85fb2341911736a3bd90/docs/overview/claims-history/claims-history.md",
      asOf: "2025",
    },
    "payout_track_record.notable_payouts.0": {
      value: {
        event: "FTX halted withdrawals (Custody Cover)",
        usd: 4900000,
        claims: 19,
        largest_usd: 1150000,
      },
      source: "https://blockworks.co/news/payouts-to-ftx-blockfi-users",
      asOf: "2023",
      note: "Article: 'roughly $4.9 million'; plus ~$30,000 to two BlockFi claimants.",
    },
    "payout_track_record.notable_payouts.1": {
      value: {
        event: "Euler Finance exploit (13 Mar 2023)",
        usd: 2389227.88,
        extra: "$1m paid on Sherlock Excess Cover claim",
      },
      source: "https://docs.nexusmutual.io/overview/claims-history/euler",
      asOf: "2023",
    },
    "payout_track_record.notable_payouts.2": {
      value: { event: "Custody Cover lifetime payouts (halted withdrawals)", usd: 6071193.76 },
      source: "https://github.com/NexusMutual/docs/blob/0a4a2ba5e849bbf7303dfed2f23ebd8f108a9794/docs/overview/cover-products/custody-cover.md",
      asOf: "undated (docs repo snapshot)",
    },
    "capacity.0": {
      value: { metric: "total value locked", usd: 278000000 },
      source: "http://chain.link/block-stories/episode-1",
      asOf: "2022-06-01",
      note: "Same page: total premiums paid $28M as of June 1, 2022.",
    },
    "capacity.1": {
      value: { metric: "active cover", usd: 239375042, eth: 156291 },
      source: "https://www.anonview.com/u/BraveNewDeFi",
      asOf: "2022-07-20",
      note: "Quoted from a Nexus newsletter reposted on a Reddit mirror; secondary.",
      confidence: "low",
    },
    "capacity.2": {
      value: { metric: "capital pool", usd: 670000000 },
      source: "https://forum.nexusmutual.io/t/newsletter-week-of-17th-may-2021/535",
      asOf: "2021-05",
      note: "Community newsletter figure.",
    },
    "pricing.typical_annual_premium_pct": {
      value: {
        global_min_pct: 1.0,
        examples: [
          { product: "Custody Cover", range_pct: [2.6, 10], as_of: "2023" },
          { product: "BlockFi Custody Cover (low staking)", pct: 29, as_of: "2022" },
          { product: "Binance Custody Cover", pct: ">30", as_of: "2021" },
        ],
      },
      source: "https://github.com/NexusMutual/smart-contracts/blob/master/contracts/modules/cover/Cover.sol",
      asOf: "undated (contract snapshot)",
      note: "GLOBAL_MIN_PRICE_RATIO = 100 (1%). Pricing is dynamic per staking pool (bump 0.2% per 1% capacity used; price drops 2%/day toward target): https://github.com/NexusMutual/docs/blob/10869c85cd0c5668397a85fb2341911736a3bd90/docs/protocol/pricing.md . Examples: https://blockworks.co/news/payouts-to-ftx-blockfi-users ; https://www.anonview.com/u/BraveNewDeFi ; https://cryptofinancenews.com/defi-coverage-protocol-expands-protection-against-centralized-exchange-hacks/",
    },
    "pricing.membership_fee": {
      value: { eth: 0.002 },
      source: "https://docs.nexusmutual.io/overview/membership/",
      asOf: "undated (docs snapshot)",
    },
    "pricing.payment_assets": {
      value: ["ETH", "USDC", "cbBTC", "NXM"],
      source: "https://github.com/NexusMutual/docs/blob/0296edc749c08203047e12a8341f3d60a96745dd/docs/protocol/cover.md",
      asOf: "undated (docs repo snapshot)",
    },
    "regulated_status": {
      value: "Not an insurer; discretionary mutual ('cover is not a contract of insurance'). Members join Nexus Mutual Ltd, a UK company limited by guarantee.",
      source: "https://docs.nexusmutual.io/overview/resources/faq/",
      asOf: "undated",
      note: "UK company limited by guarantee: https://nexusmutual.io/ (2018 launch page)",
    },
    "jurisdiction": {
      value: "United Kingdom (Nexus Mutual Ltd, company no. 10917763)",
      source: "https://documents.pub/document/the-rules-of-nexus-mutual-limited.html",
      asOf: "2022-04",
    },
    "audits": {
      value: [
        { firm: "iosiro", date: "2021-05/06" },
        { firm: "G0 Group", date: "2020-06, 2020-11, 2021-03" },
        { firm: "Solidified", date: "2019-04" },
        { bug_bounty: "Immunefi, critical up to $50,000" },
      ],
      source: "https://github.com/NexusMutual/docs/blob/7ee422891fccf2150a97cf286e07c29246dc8c74/docs/overview/resources/audits-and-security.md",
      asOf: "undated (docs repo snapshot; lists audits to 2021 only)",
    },
    "cover_period.min_days": {
      value: 28,
      source: "https://github.com/NexusMutual/smart-contracts/blob/master/contracts/modules/cover/Cover.sol",
      asOf: "undated (contract snapshot)",
      note: "MIN_COVER_PERIOD = 28 days",
    },
    "cover_period.max_days": {
      value: 365,
      source: "https://github.com/NexusMutual/smart-contracts/blob/master/contracts/modules/cover/Cover.sol",
      asOf: "undated (contract snapshot)",
      note: "MAX_COVER_PERIOD = 365 days in the version read; some stored versions show 364 days.",
    },
    "deductible_practice.0": {
      value: "ETH Slashing Cover pays penalties above a deductible within any continuous 40-day period",
      source: "https://github.com/NexusMutual/docs/blob/16434d0f703bfe58d6287b4472b6955444cf3f64/docs/overview/cover-products/eth-slashing-cover.md",
      asOf: "undated",
    },
    "deductible_practice.1": {
      value: "Custody Cover (deprecated) triggered by custodian hack with >10% loss of funds or withdrawals halted >90 days",
      source: "https://github.com/NexusMutual/docs/blob/0a4a2ba5e849bbf7303dfed2f23ebd8f108a9794/docs/overview/cover-products/custody-cover.md",
      asOf: "undated",
    },
    "deductible_practice.2": {
      value: "Yield Token Cover: depeg >10% for >4h; pays 90% of swapped yield tokens",
      source: "https://nexusmutual.gitbook.io/docs/users/types-of-cover",
      asOf: "undated (older gitbook)",
    },
    "deductible_practice.3": {
      value: "Claim = min(Loss - 5% x Cover Amount, Cover Amount); may differ per annex",
      source: "https://skillspool.org/es/skills/nexusmutual-nexus-mutual-plugin-nexus-mutual-skills-products-skill-md",
      asOf: "undated",
      note: "From a Nexus Mutual assistant-plugin skill file mirror; not verified against cover wordings.",
      confidence: "low",
    },
    "token": {
      value: "NXM (wNXM wrapper)",
      source: "https://docs.nexusmutual.io/overview/membership/",
      asOf: "undated",
    },
    "other_notes.0": {
      value: "Docs repo also contains product pages named defi-pass-cover, native-protocol-cover, crypto-cover, eth-staking-cover, real-world-risk (not reviewed in detail)",
      source: "https://github.com/NexusMutual/docs/tree/master/docs/overview/cover-products",
      asOf: "undated",
    },
    // Not seeded as a product: coverage_type is null (no matching coverage vocabulary).
    "products.6": {
      value: {
        name: "Excess / Quota Share Cover (e.g., Sherlock Excess Cover)",
        coverage_type: null,
        chains: null,
        annual_price_pct: null,
        description: "Reinsurance-like cover for other cover providers; Sherlock Excess Cover deductible $500,000.",
      },
      source: "https://docs.nexusmutual.io/overview/cover-products/excess-cover/",
      asOf: "undated",
      note: "No matching coverage-type in vocabulary.",
    },
  },
  remarks: [],
  columns: {
    kind: { value: "discretionary mutual", from: "kind" },
    status: { value: "active", date: null, from: "status" },
    website: { value: "https://nexusmutual.io", from: "website" },
    docsUrl: { value: "https://docs.nexusmutual.io", from: "docs_url" },
    claimsModel: { value: "discretionary_vote", from: "claims_model" },
    kycRequired: { value: true, from: "kyc_required" },
    regionsExcluded: {
      value: [
        "DZ", "AO", "BO", "BG", "CM", "CN", "CI", "CD", "HT", "IN", "IR", "JP", "KE", "LA", "LB", "MX", "MC",
        "MM", "NA", "NP", "KP", "RU", "SS", "SY", "VE", "VN", "YE",
      ],
      from: "regions_eligibility",
    },
    regulated: {
      value: false,
      from: "regulated_status",
      note: "fact says 'Not an insurer; discretionary mutual'",
    },
    jurisdiction: { value: "United Kingdom (Nexus Mutual Ltd, company no. 10917763)", from: "jurisdiction" },
    foundedYear: { value: 2019, from: "founded_year" },
    capacityUsd: {
      value: "278000000",
      from: "capacity.0",
      note: "capacity.0 = total value locked (2022-06-01); capacity.1 'active cover' is cover sold (low confidence); capacity.2 is older (2021-05)",
    },
    claimsPaidUsd: {
      value: "18502138.31",
      from: "payout_track_record.total_claims_paid",
      note: "stated total (usd)",
    },
    premiumLowPct: { value: "1", from: "pricing.typical_annual_premium_pct", note: "1 = global_min_pct" },
    premiumHighPct: {
      value: "29",
      from: "pricing.typical_annual_premium_pct",
      note: "29 = BlockFi Custody Cover (2022); Binance '>30' not used",
    },
    auditCount: { value: 3, from: "audits" },
    chains: {
      value: ["ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis"],
      from: "chains_supported",
    },
    coverageTypes: {
      value: [
        "protocol_exploit", "oracle", "depeg", "slashing", "fund_portfolio", "custody_theft", "exchange_halt",
      ],
      from: "coverage_types",
    },
  },
  // EDITORIAL (CoverDesk's judgement, not a researched fact): 0-10, conservative; `basis` = the facts it rests on.
  ux: {
    score: 6,
    rationale: "Web app listing public cover products, but direct purchase needs KYC membership (0.002 ETH fee); L2 purchase only via a distributor.",
    basis: ["kyc_required", "pricing.membership_fee", "chains_supported"],
  },
  support: {
    score: 7,
    rationale: "Extensive public docs and a published claims history; a Claims Committee reviews draft claims before the on-chain vote.",
    basis: ["docs_url", "payout_track_record.total_claims_paid", "claims_model"],
  },
  products: nexusMutualProducts,
  skippedProducts: ["products.6"],
};
