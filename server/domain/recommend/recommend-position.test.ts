import { describe, expect, it } from "vitest";
import { recommendForRiskGaps } from "./recommend-position";
import { gap, PREFS, product } from "./test-fixtures";

const catalog = [
  product({ id: "nexus", name: "Protocol Cover", providerName: "Nexus Mutual", providerScore: 8,
    claimsModel: "discretionary_vote", kycRequired: true, premiumLowPct: "2.6", premiumHighPct: "2.6" }),
  product({ id: "neptune", name: "Aave Pool", providerName: "Neptune", providerScore: 6, capacityUsd: "50000",
    premiumLowPct: "2", premiumHighPct: "3" }),
  product({ id: "quote", name: "Bespoke", providerName: "Chainproof", providerScore: 6,
    claimsModel: "insurer_adjusted", premiumLowPct: null, premiumHighPct: null, minAmountUsd: "100000" }),
  product({ id: "base-only", name: "Base Cover", chains: ["base"] }),
  product({ id: "depeg", coverageType: "depeg", venues: ["*"], venueKinds: [], chains: ["*"] }),
];

describe("recommendForRiskGaps (DESIGN §5 steps 1–4)", () => {
  // Aave USDC, $100,000, $20,000 insured: gap = 0.8 × 100,000 − 20,000 = 60,000.
  const aave = gap({ insuredUsd: "20000", ratio: 0.2 });

  it("suggests every eligible product, ranked, with amounts and costs", () => {
    const [rec] = recommendForRiskGaps([aave], catalog, PREFS);
    expect(rec).toMatchObject({ positionId: "pos-1", risk: "protocol_exploit", gapUsd: "60000.00",
      exposureUsd: "100000.00", insuredUsd: "20000.00" });
    expect(rec!.suggestions.map((s) => [s.productId, s.rank])).toEqual([["nexus", 1], ["neptune", 2], ["quote", 3]]);
    const [nexus, neptune, quote] = rec!.suggestions;
    // 60,000 × 2.6 % = 1,560.00 a year
    expect(nexus).toMatchObject({ amountUsd: "60000.00", partial: false, annualCostLowUsd: "1560.00", annualCostHighUsd: "1560.00" });
    // capacity 50,000 < 60,000: partial; 50,000 × 2 % = 1,000, × 3 % = 1,500
    expect(neptune).toMatchObject({ amountUsd: "50000.00", partial: true, annualCostLowUsd: "1000.00", annualCostHighUsd: "1500.00" });
    // raised to the 100,000 minimum, quote only
    expect(quote).toMatchObject({ amountUsd: "100000.00", annualCostLowUsd: null, periodCostLowUsd: null });
    expect(quote!.warnings.map((w) => w.code)).toEqual(["minimum_above_gap", "quote_only"]);
    expect(nexus!.warnings.map((w) => w.code)).toEqual(["kyc_required", "discretionary_claims"]);
  });

  it("explains the excluded products of the right coverage type only", () => {
    const [rec] = recommendForRiskGaps([aave], catalog, PREFS);
    expect(rec!.excluded).toEqual([{ productId: "base-only", productName: "Base Cover", providerName: "Nexus Mutual",
      reasons: [{ code: "chain", text: "not available on Ethereum" }] }]);
  });

  it("drops KYC products for a user who will not do KYC", () => {
    const [rec] = recommendForRiskGaps([aave], catalog, { ...PREFS, kycOk: false });
    expect(rec!.suggestions.map((s) => s.productId)).toEqual(["neptune", "quote"]);
    expect(rec!.excluded.map((e) => e.productId)).toEqual(["nexus", "base-only"]);
  });

  it("prices the chosen period, clamped to the product's limits", () => {
    const [rec] = recommendForRiskGaps([aave], [catalog[0]!], PREFS, { periodDays: 90 });
    // 60,000 × 2.6 % × 90 / 365 = 1,560 × 90/365 = 384.657… → 384.66
    expect(rec!.suggestions[0]).toMatchObject({ periodDays: 90, periodCostLowUsd: "384.66", annualCostLowUsd: "1560.00" });
    const [short] = recommendForRiskGaps([aave], [product({ minPeriodDays: 28 })], PREFS, { periodDays: 7 });
    expect(short!.suggestions[0]!.periodDays).toBe(28);
    expect(short!.suggestions[0]!.warnings.map((w) => w.code)).toContain("period_adjusted");
  });

  it("warns when an incident at the venue is already known", () => {
    const [rec] = recommendForRiskGaps([aave], [catalog[1]!], PREFS, { knownIncidentVenues: ["aave-v3"] });
    expect(rec!.suggestions[0]!.warnings.map((w) => w.code)).toContain("incident_known");
  });

  it("skips gaps at or above target, keeps input order, and keeps gaps nothing fits", () => {
    const covered = gap({ positionId: "full", insuredUsd: "80000", ratio: 0.8 });
    const solana = gap({ positionId: "sol", chain: "solana" });
    const recs = recommendForRiskGaps([solana, covered, aave], catalog, PREFS);
    expect(recs.map((r) => r.positionId)).toEqual(["sol", "pos-1"]);
    expect(recs[0]!.suggestions).toEqual([]);
    expect(recs[0]!.excluded.length).toBe(4);
  });

  it("moves a product with no capacity left to the excluded list", () => {
    const [rec] = recommendForRiskGaps([aave], [product({ capacityUsd: "0" })], PREFS);
    expect(rec!.suggestions).toEqual([]);
    expect(rec!.excluded[0]!.reasons[0]!.code).toBe("no_capacity");
  });

  it("rejects a period that is not a positive whole number of days", () => {
    expect(() => recommendForRiskGaps([aave], catalog, PREFS, { periodDays: 0 })).toThrow(RangeError);
  });
});
