import { describe, expect, it } from "vitest";
import { compareRank } from "./rank";
import { recommendForRiskGaps } from "./recommend-position";
import { gap, PREFS, product } from "./test-fixtures";
import { withoutSupersededGenerics } from "./venue-listing";

// Nexus Mutual as seeded: its generic products priced from the provider's 1–29 % range, and its listings.
const generic = product({ id: "g", slug: "protocol-cover", name: "Protocol Cover", venues: ["*"], chains: ["*"], premiumLowPct: "1", premiumHighPct: "29", premiumSource: "provider" });
const bundled = product({ id: "b", slug: "bundled-protocol-cover", name: "Bundled Protocol Cover", venues: ["*"], chains: ["*"], premiumLowPct: "1", premiumHighPct: "29", premiumSource: "provider" });
const aaveV3 = product({ id: "l97", slug: "listing-97", name: "Aave v3 — Protocol Cover", venues: ["aave-v3"], chains: ["*"], premiumLowPct: "10", premiumHighPct: "10", premiumSource: "product" });
const aaveV2 = product({ id: "l2", slug: "listing-2", name: "Aave v2 — Protocol Cover", venues: ["aave-v2"], chains: ["*"], premiumLowPct: "1", premiumHighPct: "1", premiumSource: "product" });
const pricedGeneric = product({ id: "pg", name: "A priced any-venue cover", venues: ["*"], chains: ["*"], premiumLowPct: "0.5", premiumHighPct: "0.5", premiumSource: "product" });
const other = product({ id: "o", providerSlug: "insurace", providerName: "InsurAce", name: "Smart Contract Cover", venues: ["*"], chains: ["*"], providerScore: 5, premiumSource: "product" });

// Grade D (5 %/yr): the listing's 10 % is 2× the expected loss, within the default value guard of 3×.
const aaveUsdc = gap({ venue: "aave-v3", venueName: "Aave V3", asset: "USDC", riskGrade: "D" });
const rank = (products = [generic, bundled, aaveV3, aaveV2, pricedGeneric, other], g = aaveUsdc) =>
  recommendForRiskGaps([g], products, PREFS)[0]!;

describe("a provider's listing for the venue", () => {
  it("ranks before the provider's generic products, even when they are cheaper", () => {
    const names = rank().suggestions.map((s) => s.productName);
    expect(names[0]).toBe("Aave v3 — Protocol Cover");
    expect(names.indexOf("A priced any-venue cover")).toBeGreaterThan(0);
    expect(rank().suggestions[0]).toMatchObject({ venueListed: true, premiumLowPct: "10", rank: 1 });
  });

  it("leaves out generic products priced only from the provider's range, naming the listing", () => {
    const rec = rank();
    expect(rec.suggestions.map((s) => s.productId)).not.toContain("g");
    expect(rec.suggestions.map((s) => s.productId)).not.toContain("b");
    const why = rec.excluded.find((e) => e.productId === "g")?.reasons[0];
    expect(why).toMatchObject({ code: "superseded" });
    expect(why?.text).toContain('"Aave v3 — Protocol Cover"');
    // another venue's listing is not eligible here at all
    expect(rec.suggestions.map((s) => s.productId)).not.toContain("l2");
  });

  it("keeps the generic product (and its range) where the provider lists no such venue", () => {
    const rec = rank(undefined, gap({ venue: "morpho-v1" }));
    expect(rec.suggestions.map((s) => s.productId)).toEqual(expect.arrayContaining(["g", "b"]));
    expect(rec.excluded.filter((e) => e.reasons.some((r) => r.code === "superseded"))).toEqual([]);
  });

  it("does not supersede another provider's generic products", () => {
    const { kept, superseded } = withoutSupersededGenerics(aaveUsdc, [aaveV3, { ...other, premiumSource: "provider" }]);
    expect(kept.map((p) => p.id)).toEqual(["l97", "o"]);
    expect(superseded).toEqual([]);
  });

  it("compareRank: score first, then a listed venue, then cost", () => {
    const key = (over: Partial<Parameters<typeof compareRank>[0]>): Parameters<typeof compareRank>[0] =>
      ({ providerScore: 7, pricePct: "1", claimsModel: null, productName: "x", productId: "x", ...over });
    expect(compareRank(key({ venueListed: true, pricePct: "10" }), key({ pricePct: "1" }))).toBeLessThan(0);
    expect(compareRank(key({ venueListed: true, providerScore: 6 }), key({ providerScore: 7 }))).toBeGreaterThan(0);
    expect(compareRank(key({ venueListed: true, pricePct: "2" }), key({ venueListed: true, pricePct: "1" }))).toBeGreaterThan(0);
  });
});
