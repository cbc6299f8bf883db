import { describe, expect, it } from "vitest";
import { compareRank, rankSuggestions, type RankKey } from "./rank";

const key = (over: Partial<RankKey>): RankKey => ({
  providerScore: 7, pricePct: "2", claimsModel: "parametric", productName: "P", productId: "id", ...over,
});

describe("rank (DESIGN §5 step 4)", () => {
  it("puts the higher provider score first", () => {
    const ranked = rankSuggestions([key({ productId: "low", providerScore: 6.1 }), key({ productId: "high", providerScore: 8.4 })]);
    expect(ranked.map((r) => [r.productId, r.rank])).toEqual([["high", 1], ["low", 2]]);
  });

  it("ignores floating-point noise in the score and falls through to cost", () => {
    const a = key({ productId: "a", providerScore: 7.800000000001, pricePct: "3" });
    const b = key({ productId: "b", providerScore: 7.8, pricePct: "2.5" });
    expect(rankSuggestions([a, b]).map((r) => r.productId)).toEqual(["b", "a"]);
  });

  it("on equal score, puts the cheaper rate first and quote-only last", () => {
    const ranked = rankSuggestions([
      key({ productId: "quote", pricePct: null }),
      key({ productId: "dear", pricePct: "10" }),
      key({ productId: "cheap", pricePct: "2.5" }),
    ]);
    expect(ranked.map((r) => r.productId)).toEqual(["cheap", "dear", "quote"]);
  });

  it("on equal score and cost, orders by claims model: parametric > automated > insurer > custodian > vote > unknown", () => {
    const models = ["discretionary_vote", "custodian_policy", null, "insurer_adjusted", "automated_rules", "parametric"] as const;
    const ranked = rankSuggestions(models.map((m) => key({ productId: String(m), claimsModel: m })));
    expect(ranked.map((r) => r.productId)).toEqual([
      "parametric", "automated_rules", "insurer_adjusted", "custodian_policy", "discretionary_vote", "null",
    ]);
  });

  it("puts a purchase worth its price before a poor-value one, whatever the provider score", () => {
    const ranked = rankSuggestions([
      key({ productId: "poor", providerScore: 9.5, poorValue: true }),
      key({ productId: "fair", providerScore: 6, poorValue: false }),
    ]);
    expect(ranked.map((r) => r.productId)).toEqual(["fair", "poor"]);
  });

  it("breaks a full tie by name then id, so the order is stable", () => {
    expect(compareRank(key({ productName: "A", productId: "z" }), key({ productName: "B", productId: "a" }))).toBeLessThan(0);
    expect(compareRank(key({ productId: "a" }), key({ productId: "b" }))).toBeLessThan(0);
    expect(compareRank(key({}), key({}))).toBe(0);
  });
});
