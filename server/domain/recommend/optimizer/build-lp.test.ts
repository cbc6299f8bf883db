import { describe, expect, it } from "vitest";
import { Decimal } from "../../money";
import { gap, PREFS, product } from "../test-fixtures";
import { DEFAULT_GRADE, DEFAULT_GRADE_PROBABILITIES } from "./assumptions";
import { buildLp } from "./build-lp";
import { roundSolution } from "./round-solution";
import { buildModel } from "./variables";

const opts = {
  budget: new Decimal("1000"), prefs: PREFS, probabilities: DEFAULT_GRADE_PROBABILITIES, defaultGrade: DEFAULT_GRADE,
  priceBasis: "high" as const, quotes: new Map(), maxLoading: 20,
};

describe("the linear program", () => {
  const gaps = [
    gap({ positionId: "A", riskGrade: "D" }),
    gap({ positionId: "B", venue: "lido", exposureUsd: "50000.005", riskGrade: "B" }),
  ];
  const products = [
    product({ id: "ps", venues: ["aave-v3", "lido"], capacityUsd: "30000", premiumLowPct: "1", premiumHighPct: "2",
      deductible: { kind: "pct_of_loss", value: "10" } }),
    product({ id: "pl", venues: ["lido"], premiumLowPct: "0.5", premiumHighPct: "0.5" }),
    product({ id: "quote", venues: ["lido"], premiumLowPct: null, premiumHighPct: null }),
  ];

  it("has one variable per eligible, priced (position, risk, product) and rows for budget, gaps, capacities", () => {
    const model = buildModel(gaps, products, opts);
    // gap A = 0.8 × 100,000 = 80,000; gap B = 0.8 × 50,000.01 = 40,000.008 → 40,000.00 (down)
    // objective: A·ps 0.05 × 0.9 = 0.045; B·ps 0.01 × 0.9 = 0.009; B·pl 0.01
    expect(buildLp(model)).toBe([
      "Maximize",
      " obj: 0.045 x0 + 0.009 x1 + 0.01 x2",
      "Subject To",
      " budget: 0.02 x0 + 0.02 x1 + 0.005 x2 <= 1000",
      " g0: x0 <= 80000",
      " g1: x1 + x2 <= 40000",
      " c0: x0 + x1 <= 30000",
      "End",
    ].join("\n"));
    expect(model.unpriced.map((p) => p.id)).toEqual(["quote"]);
  });

  it("wraps long rows and never writes exponents", () => {
    const many = Array.from({ length: 20 }, (_, i) => gap({ positionId: `p${i}`, exposureUsd: "1e12" }));
    const lp = buildLp(buildModel(many, [product({ premiumLowPct: "0.0000001", premiumHighPct: "0.0000001" })], opts));
    expect(lp).not.toMatch(/\d[eE][-+]?\d/);
    expect(Math.max(...lp.split("\n").map((l) => l.length))).toBeLessThan(255);
    expect(lp).toContain("0.000000001 x0");
    expect(lp).toContain("g0: x0 <= 800000000000");
  });

  it("rounding clamps solver noise back inside every limit", () => {
    const model = buildModel(gaps, products, { ...opts, budget: new Decimal("700") });
    // The solver says x0 = 30,000.0000004 (over capacity), x1 = 1e-9, x2 = 40,000.0000001 (over gap, over budget).
    const rows = roundSolution(model, [30000.0000004, 1e-9, 40000.0000001]);
    expect(rows.map((r) => [r.varIndex, r.amount.toFixed(2), r.premium.toFixed(2)])).toEqual([
      // 30,000 × 2 % = 600
      [0, "30000.00", "600.00"],
      // 40,000 × 0.5 % = 200 > 100 left → ⌊100 / 0.005⌋ = 20,000.00, premium 100.00
      [2, "20000.00", "100.00"],
    ]);
  });
});

describe("objective coefficients", () => {
  it("are cut to 15 significant digits when a fixed excess makes them recurring", () => {
    // 0.025 × (1 − 1,000 / 3,000) = 0.0166666…
    const g = gap({ exposureUsd: "3750", riskGrade: "C" });
    const p = product({ deductible: { kind: "fixed_usd", value: "1000" } });
    expect(buildLp(buildModel([g], [p], opts))).toContain(" obj: 0.0166666666666667 x0");
  });
});
