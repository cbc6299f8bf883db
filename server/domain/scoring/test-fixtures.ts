// Sample providers for the scoring tests. Values are the typed columns of the seed catalog
// (prisma/seed-data/providers/*, from shared/data/providers.json), copied so these tests do not
// move when the catalog is re-researched.
import type { ScoringFacts } from "./types";

/** Everything unknown: what a provider with no researched facts looks like. */
export function unknownFacts(overrides: Partial<ScoringFacts> = {}): ScoringFacts {
  return {
    slug: "mystery-cover", name: "Mystery Cover", status: "unknown",
    capacityUsd: null, claimsPaidUsd: null, premiumLowPct: null, premiumHighPct: null,
    regulated: null, auditCount: null, foundedYear: null, coverageTypes: [], chains: [],
    uxScore: null, uxRationale: null, supportScore: null, supportRationale: null,
    ...overrides,
  };
}

export const NEXUS_MUTUAL: ScoringFacts = unknownFacts({
  slug: "nexus-mutual", name: "Nexus Mutual", status: "active",
  capacityUsd: "278000000", // capacity.0: total value locked, 2022-06-01
  claimsPaidUsd: "18502138.31", // payout_track_record.total_claims_paid, 2025
  premiumLowPct: "1", premiumHighPct: "29", // global minimum 1 %; BlockFi Custody Cover 29 % (2022)
  regulated: false, auditCount: 3, foundedYear: 2019,
  coverageTypes: ["protocol_exploit", "oracle", "depeg", "slashing", "fund_portfolio", "custody_theft", "exchange_halt"],
  chains: ["ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis"],
  uxScore: 6, uxRationale: "Web app listing public cover products, but direct purchase needs KYC membership.",
  supportScore: 7, supportRationale: "Extensive public docs and a published claims history.",
});

export const ETHERISC: ScoringFacts = unknownFacts({
  slug: "etherisc", name: "Etherisc", status: "unknown", foundedYear: 2016,
  coverageTypes: ["parametric_other", "depeg"], chains: ["ethereum", "gnosis"],
  uxScore: 5, uxRationale: "Depeg purchase guide in public docs; minimum 2,000 USDC protected.",
  supportScore: 4, supportRationale: "Public docs; oracle-triggered automatic payouts.",
});

export const UNSLASHED: ScoringFacts = unknownFacts({
  slug: "unslashed-finance", name: "Unslashed Finance", status: "unknown", foundedYear: 2021,
  premiumLowPct: "1", premiumHighPct: "1.5", // Lido stETH slashing policy, 2021
  coverageTypes: ["protocol_exploit", "custody_theft", "oracle", "slashing", "depeg"], chains: ["ethereum"],
  uxScore: 3, uxRationale: "Invite-only launch, no docs site found.",
  supportScore: 3, supportRationale: "Optimistic claims with Kleros jurors for challenges.",
});

export const SHERLOCK: ScoringFacts = unknownFacts({
  slug: "sherlock", name: "Sherlock", status: "active", foundedYear: 2021,
  capacityUsd: "500000", premiumLowPct: "4", premiumHighPct: "4", auditCount: 2,
  coverageTypes: ["audit_bundled", "protocol_exploit"], chains: ["ethereum"],
  uxScore: 3, uxRationale: "B2B only: coverage bundled with a Sherlock audit.",
  supportScore: 4, supportRationale: "Public docs; Claims Committee decides within 7 days.",
});

export const MYSTERY = unknownFacts();

/** The year the sample's "years active" are counted to. */
export const AS_OF_YEAR = 2025;
