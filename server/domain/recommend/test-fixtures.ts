import type { RecommendProduct, RiskGap, UserPrefs } from "./types";

/** Builders for tests: a realistic default overridden field by field. */
export function product(over: Partial<RecommendProduct> = {}): RecommendProduct {
  return {
    id: "p-nexus-protocol",
    slug: "protocol-cover",
    name: "Protocol Cover",
    providerSlug: "nexus-mutual",
    providerName: "Nexus Mutual",
    providerStatus: "active",
    providerScore: 7.5,
    regionsExcluded: [],
    coverageType: "protocol_exploit",
    status: "active",
    venues: ["aave-v3", "compound-v3"],
    venueKinds: ["defi"],
    chains: ["ethereum", "arbitrum"],
    premiumLowPct: "2.3",
    premiumHighPct: "2.3",
    deductible: null,
    minAmountUsd: null,
    capacityUsd: null,
    claimsModel: "parametric",
    kycRequired: false,
    minPeriodDays: 28,
    maxPeriodDays: 365,
    ...over,
  };
}

export function gap(over: Partial<RiskGap> = {}): RiskGap {
  return {
    positionId: "pos-1",
    positionLabel: "Aave USDC",
    venue: "aave-v3",
    venueKind: "defi",
    chain: "ethereum",
    asset: "USDC",
    assetKind: "stablecoin",
    risk: "protocol_exploit",
    exposureUsd: "100000",
    insuredUsd: "0",
    ratio: 0,
    ...over,
  };
}

export const PREFS: UserPrefs = { region: "FR", kycOk: true, targetRatio: 0.8 };
