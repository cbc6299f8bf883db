import { describe, expect, it } from "vitest";
import { scoreCategories } from "./score-provider";
import { NEXUS_MUTUAL } from "./test-fixtures";
import type { CategoryScore, Weights } from "./types";
import { weightedTotal } from "./weighted-total";
import { DEFAULT_WEIGHTS } from "./weights";

const nexus = scoreCategories(NEXUS_MUTUAL, 2025); // 6.9, 6.5, 10.0, 4.0, 6.0, 7.0
const only = (key: keyof Weights): Weights => ({ liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0, [key]: 1 });

describe("weighted total Σ wₖ·sₖ / Σ wₖ", () => {
  it("weights Nexus Mutual's scores by the defaults", () => {
    // (30 × 6.9 + 25 × 6.5 + 15 × 10 + 15 × 4 + 10 × 6 + 5 × 7) / 100
    // = (207 + 162.5 + 150 + 60 + 60 + 35) / 100 = 674.5 / 100 = 6.745 → 6.75 (half-up)
    const t = weightedTotal(nexus, DEFAULT_WEIGHTS);
    expect(t.total).toBe(6.75);
    expect(t.explanation).toBe(
      "(30 × 6.9 + 25 × 6.5 + 15 × 10.0 + 15 × 4.0 + 10 × 6.0 + 5 × 7.0) / 100 = 674.5 / 100 = 6.745 → 6.75",
    );
  });

  it("is the plain mean with equal weights", () => {
    // (6.9 + 6.5 + 10 + 4 + 6 + 7) / 6 = 40.4 / 6 = 6.7333… → 6.73
    const equal = { liquidity: 1, security: 1, coverage: 1, costs: 1, ux: 1, support: 1 };
    expect(weightedTotal(nexus, equal).total).toBe(6.73);
  });

  it("is the one category's score when only it is weighted", () => {
    expect(weightedTotal(nexus, only("costs")).total).toBe(4); // 1 × 4.0 / 1
    expect(weightedTotal(nexus, only("coverage")).total).toBe(10);
  });

  it("depends only on the ratios of the weights", () => {
    const doubled = Object.fromEntries(Object.entries(DEFAULT_WEIGHTS).map(([k, w]) => [k, w * 2])) as Weights;
    // (2 × 674.5) / 200 = 6.745 → 6.75
    expect(weightedTotal(nexus, doubled).total).toBe(6.75);
  });

  it("refuses invalid weights and a missing category", () => {
    expect(() => weightedTotal(nexus, { ...DEFAULT_WEIGHTS, ux: Number.NaN })).toThrow(RangeError);
    expect(() => weightedTotal(nexus, { ...only("ux"), ux: 0 })).toThrow(/At least one weight/);
    const missing: CategoryScore[] = nexus.filter((c) => c.category !== "support");
    expect(() => weightedTotal(missing, DEFAULT_WEIGHTS)).toThrow(/no support score/);
  });
});
