import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, normaliseWeights, parseWeights, validateWeights } from "./weights";

describe("weights", () => {
  it("defaults to the published 30/25/15/15/10/5", () => {
    expect(DEFAULT_WEIGHTS).toEqual({ liquidity: 30, security: 25, coverage: 15, costs: 15, ux: 10, support: 5 });
    expect(Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    expect(validateWeights(DEFAULT_WEIGHTS)).toEqual({});
  });

  it("reports negative, NaN, infinite, non-number, missing and too-large weights by field", () => {
    const errors = validateWeights({
      liquidity: -1, security: Number.NaN, coverage: Number.POSITIVE_INFINITY, costs: "15", support: 101,
    });
    expect(errors).toEqual({
      liquidity: "Liquidity: must be 0 or more",
      security: "Security: must be a number",
      coverage: "Coverage: must be finite",
      costs: "Costs: must be a number",
      ux: "UX: a weight is required",
      support: "Support: must be 100 or less",
    });
  });

  it("rejects all-zero weights (Σ w = 0 would divide by zero)", () => {
    const zero = { liquidity: 0, security: 0, coverage: 0, costs: 0, ux: 0, support: 0 };
    expect(validateWeights(zero)).toEqual({ total: "At least one weight must be above 0" });
    expect(validateWeights({ ...zero, support: 0.5 })).toEqual({});
  });

  it("rejects a non-object", () => {
    expect(validateWeights(null)).toEqual({ total: "Weights must be an object" });
    expect(validateWeights("30,25")).toEqual({ total: "Weights must be an object" });
  });

  it("parses valid weights, keeping only the six categories", () => {
    const result = parseWeights({ ...DEFAULT_WEIGHTS, extra: 3 });
    expect(result).toEqual({ ok: true, weights: DEFAULT_WEIGHTS });
    expect(parseWeights({ ...DEFAULT_WEIGHTS, ux: -2 })).toEqual({ ok: false, errors: { ux: "UX: must be 0 or more" } });
  });

  it("normalises weights to shares of Σ w", () => {
    // 30 / 100 = 0.3, 25 / 100 = 0.25, …
    expect(normaliseWeights(DEFAULT_WEIGHTS)).toEqual({ liquidity: 0.3, security: 0.25, coverage: 0.15, costs: 0.15, ux: 0.1, support: 0.05 });
    // 1 / 4 = 0.25 for the three 1s, 0 stays 0, the 1 + 1 + 1 + 1 = 4
    expect(normaliseWeights({ liquidity: 1, security: 1, coverage: 1, costs: 1, ux: 0, support: 0 }))
      .toEqual({ liquidity: 0.25, security: 0.25, coverage: 0.25, costs: 0.25, ux: 0, support: 0 });
    expect(() => normaliseWeights({ ...DEFAULT_WEIGHTS, costs: -1 })).toThrow(RangeError);
  });
});
