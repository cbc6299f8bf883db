import { describe, expect, it } from "vitest";
import { CATEGORY_KEYS } from "./categories";
import { scoreProvider } from "./score-provider";
import { ETHERISC, MYSTERY, NEXUS_MUTUAL } from "./test-fixtures";
import { DEFAULT_WEIGHTS } from "./weights";

describe("scoreProvider", () => {
  it("scores all six categories in methodology order, each explained", () => {
    const s = scoreProvider(NEXUS_MUTUAL, { asOfYear: 2025 });
    expect(s.categories.map((c) => c.category)).toEqual(CATEGORY_KEYS);
    // liquidity 6.9, security 6.5, coverage 10, costs 4, ux 6, support 7 (see the per-formula tests)
    expect(s.categories.map((c) => c.score)).toEqual([6.9, 6.5, 10, 4, 6, 7]);
    expect(s.total).toBe(6.75);
    for (const c of s.categories) {
      expect(c.formula.length).toBeGreaterThan(0);
      expect(c.explanation).toMatch(/→ \d+\.\d$/);
    }
  });

  it("scores a provider with no known facts 0 everywhere, every category flagged unknown", () => {
    const s = scoreProvider(MYSTERY, { asOfYear: 2025 });
    expect(s.total).toBe(0);
    expect(s.categories.every((c) => c.unknown && c.score === 0)).toBe(true);
    expect(s.totalExplanation).toBe("(30 × 0.0 + 25 × 0.0 + 15 × 0.0 + 15 × 0.0 + 10 × 0.0 + 5 × 0.0) / 100 = 0 / 100 = 0 → 0.00");
  });

  it("uses the weights given", () => {
    // Etherisc: 0, 2.0, 2.8, 0, 5.0, 4.0. Default: (0 + 50 + 42 + 0 + 50 + 20) / 100 = 1.62
    expect(scoreProvider(ETHERISC, { asOfYear: 2025 }).total).toBe(1.62);
    // UX only: 5.0
    const uxOnly = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 10, support: 0 };
    expect(scoreProvider(ETHERISC, { asOfYear: 2025, weights: uxOnly }).total).toBe(5);
  });

  it("throws on invalid weights", () => {
    expect(() => scoreProvider(ETHERISC, { asOfYear: 2025, weights: { ...DEFAULT_WEIGHTS, costs: -1 } })).toThrow(RangeError);
  });
});
