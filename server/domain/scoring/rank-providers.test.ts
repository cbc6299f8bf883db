import { describe, expect, it } from "vitest";
import { rankProviders } from "./rank-providers";
import { AS_OF_YEAR, ETHERISC, MYSTERY, NEXUS_MUTUAL, SHERLOCK, UNSLASHED, unknownFacts } from "./test-fixtures";
import type { ScoringFacts } from "./types";
import { DEFAULT_WEIGHTS } from "./weights";

const SAMPLE = [MYSTERY, ETHERISC, SHERLOCK, UNSLASHED, NEXUS_MUTUAL];

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe("rankProviders", () => {
  it("ranks the sample by the default weights, every score explained", () => {
    // Nexus Mutual  (30×6.9 + 25×6.5 + 15×10 + 15×4   + 10×6 + 5×7) / 100 = 674.5 / 100 = 6.745 → 6.75
    // Unslashed     (30×0   + 25×1   + 15×6.8 + 15×7.5 + 10×3 + 5×3) / 100 = 284.5 / 100 = 2.845 → 2.85
    //   security: years 2025 − 2021 = 4 → 1; coverage: 1.2 × 5 + 0.8 × 1 = 6.8; costs: (8 + 7) / 2 = 7.5
    // Sherlock      (30×1.4 + 25×3   + 15×3.2 + 15×2   + 10×3 + 5×4) / 100 = 245 / 100 = 2.45
    //   liquidity: 2 × log10(5) = 1.4; security: audits 2 + years 4 × 0.25 = 1 → 3;
    //   coverage: 1.2 × 2 + 0.8 × 1 = 3.2; costs: 10 − 2 × 4 = 2
    // Etherisc      (30×0   + 25×2   + 15×2.8 + 15×0   + 10×5 + 5×4) / 100 = 162 / 100 = 1.62
    // Mystery Cover all unknown → 0
    const ranked = rankProviders(SAMPLE, { asOfYear: AS_OF_YEAR });
    expect(ranked.map((r) => [r.rank, r.slug, r.total])).toEqual([
      [1, "nexus-mutual", 6.75],
      [2, "unslashed-finance", 2.85],
      [3, "sherlock", 2.45],
      [4, "etherisc", 1.62],
      [5, "mystery-cover", 0],
    ]);
    for (const r of ranked) {
      expect(r.totalExplanation).toMatch(/ → \d+\.\d\d$/);
      for (const c of r.categories) {
        expect(c.formula).not.toBe("");
        expect(c.explanation).not.toBe("");
        expect(c.inputs.length).toBeGreaterThan(0);
      }
    }
    // Unknowns are reported, not hidden: Etherisc's liquidity and costs are unknown, security partial.
    const etherisc = ranked[3]!.categories;
    expect(etherisc.filter((c) => c.unknown).map((c) => c.category)).toEqual(["liquidity", "costs"]);
    expect(etherisc.find((c) => c.category === "security")?.partial).toBe(true);
  });

  it("gives the same order whatever order the providers come in", () => {
    const expected = rankProviders(SAMPLE, { asOfYear: AS_OF_YEAR }).map((r) => r.slug);
    for (const order of permutations(SAMPLE)) {
      expect(rankProviders(order, { asOfYear: AS_OF_YEAR }).map((r) => r.slug)).toEqual(expected);
    }
  });

  it("breaks ties by name (case-insensitive), then slug", () => {
    const tied = [
      unknownFacts({ slug: "zeta", name: "Zeta Cover" }),
      unknownFacts({ slug: "alpha-2", name: "alpha Cover" }),
      unknownFacts({ slug: "alpha-1", name: "Alpha Cover" }),
    ];
    const ranked = rankProviders(tied, { asOfYear: AS_OF_YEAR });
    expect(ranked.map((r) => [r.rank, r.slug])).toEqual([[1, "alpha-1"], [2, "alpha-2"], [3, "zeta"]]);
  });

  it("re-orders when the weights change, in a case built for it", () => {
    // Two providers alike except capacity and price:
    //   Deep Pool:   $100M → liquidity 2 × log10(1,000) = 6; 4 % → costs 10 − 8 = 2
    //   Cheap Cover: $1M   → liquidity 2 × log10(10) = 2;    1 % → costs 10 − 2 = 8
    // Default: Deep − Cheap = (30 × (6 − 2) + 15 × (2 − 8)) / 100 = (120 − 90) / 100 = +0.3 → Deep first
    // Costs at max (100): (30 × 4 + 100 × (−6)) / 185 = (120 − 600) / 185 < 0 → Cheap first
    const base: Partial<ScoringFacts> = { status: "active", coverageTypes: ["protocol_exploit"], chains: ["ethereum"], uxScore: 5, uxRationale: "r", supportScore: 5, supportRationale: "r" };
    const deep = unknownFacts({ ...base, slug: "deep-pool", name: "Deep Pool", capacityUsd: "100000000", premiumLowPct: "4", premiumHighPct: "4" });
    const cheap = unknownFacts({ ...base, slug: "cheap-cover", name: "Cheap Cover", capacityUsd: "1000000", premiumLowPct: "1", premiumHighPct: "1" });
    // Deep:  (30×6 + 15×2 + 15×2 + 10×5 + 5×5) / 100 = (180 + 30 + 30 + 50 + 25) / 100 = 3.15
    // Cheap: (30×2 + 15×2 + 15×8 + 10×5 + 5×5) / 100 = (60 + 30 + 120 + 50 + 25) / 100 = 2.85
    const byDefault = rankProviders([cheap, deep], { asOfYear: AS_OF_YEAR });
    expect(byDefault.map((r) => [r.slug, r.total])).toEqual([["deep-pool", 3.15], ["cheap-cover", 2.85]]);
    // Costs 100: Deep (180 + 30 + 200 + 50 + 25) / 185 = 485 / 185 = 2.6216… → 2.62
    //            Cheap (60 + 30 + 800 + 50 + 25) / 185 = 965 / 185 = 5.2162… → 5.22
    const costsMax = rankProviders([cheap, deep], { asOfYear: AS_OF_YEAR, weights: { ...DEFAULT_WEIGHTS, costs: 100 } });
    expect(costsMax.map((r) => [r.slug, r.total])).toEqual([["cheap-cover", 5.22], ["deep-pool", 2.62]]);
  });

  it("lets costs-only weights put the cheaper real provider first (Unslashed over Nexus)", () => {
    // costs only: Unslashed 7.5 vs Nexus 4.0
    const costsOnly = { liquidity: 0, security: 0, coverage: 0, costs: 1, ux: 0, support: 0 };
    const ranked = rankProviders([NEXUS_MUTUAL, UNSLASHED], { asOfYear: AS_OF_YEAR, weights: costsOnly });
    expect(ranked.map((r) => [r.slug, r.total])).toEqual([["unslashed-finance", 7.5], ["nexus-mutual", 4]]);
  });

  it("fails on invalid weights before scoring anything", () => {
    expect(() => rankProviders(SAMPLE, { asOfYear: AS_OF_YEAR, weights: { ...DEFAULT_WEIGHTS, security: -5 } })).toThrow(/Security: must be 0 or more/);
  });
});
