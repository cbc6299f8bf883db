import { describe, expect, it } from "vitest";
import { gap, product } from "../../test-fixtures";
import { buildTailLp } from "./build-tail-lp";
import { tailModel, years } from "./tail-fixtures";

// Gap 0: Aave $100,000 (gap 80,000), two products; gap 1: Lido $50,000 (gap 40,000), one product;
// gap 2: Curve $20,000, fully insured already above target (no variable, but $1,000 still open).
const model = tailModel(
  [
    gap({ positionId: "A", venue: "aave-v3", riskGrade: "D" }),
    gap({ positionId: "B", venue: "lido", exposureUsd: "50000", riskGrade: "B" }),
    gap({ positionId: "C", venue: "curve", exposureUsd: "20000", insuredUsd: "19000", ratio: 0.95 }),
  ],
  [
    product({ id: "k0", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2.5", capacityUsd: "30000" }),
    product({ id: "k1", venues: ["aave-v3", "lido"], premiumLowPct: "1", premiumHighPct: "1",
      deductible: { kind: "pct_of_loss", value: "10" } }),
  ],
  { budgetUsd: "1500" },
);
// x0 = (A, k0), x1 = (A, k1), x2 = (B, k1). 40 years: A ×2, A+B ×1, C ×3, A again ×1, 33 empty.
const set = years(40, [[[0], 2], [[0, 1], 1], [[2], 3], [[0], 1]]);

describe("tail LP text", () => {
  const lp = buildTailLp(model, set);
  const lines = lp.split("\n");

  it("writes the Rockafellar–Uryasev program, one row per distinct year", () => {
    // Tail = 0.05 · 40 = 2 years: a row standing for n years weighs n / 2.
    expect(lines).toEqual([
      "Minimize",
      " obj: alpha + 1.5 u0 + 0.5 u1 + 1.5 u2 + 0.025 x0 + 0.01 x1 + 0.01 x2",
      "Subject To",
      " budget: 0.025 x0 + 0.01 x1 + 0.01 x2 <= 1500",
      " g0: x0 + x1 <= 80000",
      " g1: x2 <= 40000",
      " c0: x0 <= 30000",
      " d0: y0 - x0 - 0.9 x1 = 0",
      " d1: y1 - 0.9 x2 = 0",
      " s0: u0 + alpha + y0 >= 100000",
      " s1: u1 + alpha + y0 + y1 >= 150000",
      " s2: u2 + alpha >= 1000",
      "End",
    ]);
  });

  it("leaves out years that hit nothing open, and the budget row when nothing has a price", () => {
    const free = tailModel([gap({ positionId: "A", venue: "aave-v3" })],
      [product({ id: "f", venues: ["aave-v3"], premiumLowPct: "0", premiumHighPct: "0" })]);
    const text = buildTailLp(free, years(20, []));
    expect(text).not.toContain("budget:");
    expect(text).not.toMatch(/ s\d+:/);
    expect(text).toContain(" d0: y0 - x0 = 0");
  });

  it("writes plain decimals, recurring ones to 15 digits, and wraps long rows", () => {
    // 12 positions of $123,456,789.01 (gap 98,765,431.20 each), a 0.0001 % product with a $1,000
    // fixed excess: it pays 1 − 1,000 / 98,765,431.20 of each dollar. 3 years: weight 1 / 0.15.
    const many = tailModel(
      Array.from({ length: 12 }, (_, i) => gap({ positionId: `p${i}`, venue: "aave-v3", exposureUsd: "123456789.01" })),
      [product({ id: "k", venues: ["aave-v3"], premiumLowPct: "0.0001", premiumHighPct: "0.0001",
        deductible: { kind: "fixed_usd", value: "1000" } })],
      { budgetUsd: "0.01" },
    );
    const text = buildTailLp(many, years(3, [[Array.from({ length: 12 }, (_, i) => i), 1]]));
    expect(text).not.toMatch(/\de[+-]?\d/i);
    expect(text).toContain(" obj: alpha + 6.66666666666667 u0 + 0.000001 x0 + 0.000001 x1");
    expect(text).toContain(" d0: y0 - 0.999989874999908 x0 = 0");
    expect(text).toContain(" g0: x0 <= 98765431.2");
    expect(text.split("\n").filter((l) => l.startsWith(" s0:") || l.startsWith("   + y"))).toEqual([
      " s0: u0 + alpha + y0 + y1 + y2 + y3 + y4 + y5",
      "   + y6 + y7 + y8 + y9 + y10 + y11 >= 1481481468.12", // 12 × 123,456,789.01 open
    ]);
  });
});
