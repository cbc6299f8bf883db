import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Decimal, sumMoney, toCents } from "../../money";
import { premiumFor } from "../cost";
import { gapToTarget } from "../suggested-amount";
import type { RecommendProduct, RiskGap } from "../types";
import { gap, product } from "../test-fixtures";
import { loadSolver } from "./load-solver";
import { DEFAULT_PRICE_BASIS } from "../price";
import { DEFAULT_MAX_LOADING } from "../value-guard";
import { DEFAULT_GRADE, DEFAULT_GRADE_PROBABILITIES } from "./assumptions";
import { solveBudget, type LpSolver } from "./solve-budget";
import { buildModel } from "./variables";
import type { BudgetResult } from "./types";

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const VENUES = ["aave-v3", "lido", "curve"];
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));

const arbGap = fc.record({
  venue: fc.constantFrom(...VENUES),
  exposureUsd: money(2_000_000),
  insuredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  riskGrade: fc.constantFrom("A", "B", "C", "D", "E", "F", null),
});
const arbProduct = fc.record({
  venues: fc.subarray(VENUES, { minLength: 1 }),
  low: fc.integer({ min: 0, max: 800 }).map((b) => b / 100),
  spread: fc.integer({ min: 0, max: 300 }).map((b) => b / 100),
  capacityUsd: fc.option(money(500_000), { nil: null }),
  deductible: fc.option(fc.record({ kind: fc.constantFrom("pct_of_loss", "pct_of_cover", "fixed_usd"), value: fc.integer({ min: 0, max: 50 }).map(String) }), { nil: null }),
});
const arbInput = fc.record({
  gaps: fc.array(arbGap, { minLength: 1, maxLength: 8 }),
  products: fc.array(arbProduct, { minLength: 1, maxLength: 5 }),
  budgetUsd: money(50_000),
  targetRatio: fc.constantFrom(0.5, 0.8, 1),
});

type Arb = typeof arbInput extends fc.Arbitrary<infer T> ? T : never;

function toInput(a: Arb): { gaps: RiskGap[]; products: RecommendProduct[] } {
  const gaps = a.gaps.map((g, i) => {
    const insured = toCents(new Decimal(g.exposureUsd).times(g.insuredShare));
    const e = new Decimal(g.exposureUsd);
    const ratio = e.isZero() ? 0 : insured.div(e).toDecimalPlaces(4).toNumber();
    return gap({ positionId: `p${i}`, venue: g.venue, exposureUsd: g.exposureUsd, insuredUsd: insured.toFixed(2), ratio, riskGrade: g.riskGrade });
  });
  const products = a.products.map((p, k) => product({
    id: `k${k}`, name: `Product ${k}`, venues: p.venues, capacityUsd: p.capacityUsd, deductible: p.deductible,
    premiumLowPct: String(p.low), premiumHighPct: String(p.low + p.spread),
  }));
  return { gaps, products };
}

function checkLimits(r: BudgetResult, gaps: RiskGap[], products: RecommendProduct[], target: number, budget: string): void {
  expect(r.status).toMatch(/optimal|empty/);
  const used = sumMoney(r.allocations.map((x) => new Decimal(x.premiumUsd)));
  expect(used.lte(toCents(budget))).toBe(true);
  expect(used.toFixed(2)).toBe(r.budgetUsedUsd);
  for (const x of r.allocations) {
    expect(new Decimal(x.amountUsd).gt(0)).toBe(true);
    expect(x.premiumUsd).toBe(premiumFor(new Decimal(x.amountUsd), x.premiumPct).toFixed(2));
  }
  for (const g of gaps) {
    const mine = r.allocations.filter((x) => x.positionId === g.positionId).map((x) => new Decimal(x.amountUsd));
    expect(sumMoney(mine).lte(gapToTarget(g, target))).toBe(true);
  }
  for (const p of products) {
    const mine = r.allocations.filter((x) => x.productId === p.id).map((x) => new Decimal(x.amountUsd));
    if (p.capacityUsd !== null) expect(sumMoney(mine).lte(toCents(p.capacityUsd))).toBe(true);
  }
}

describe("budget optimizer — properties on random programs", () => {
  it("never exceeds the budget, any gap or any capacity", () => {
    fc.assert(
      fc.property(arbInput, (a) => {
        const { gaps, products } = toInput(a);
        const prefs = { region: null, kycOk: true, targetRatio: a.targetRatio };
        const r = solveBudget({ budgetUsd: a.budgetUsd, gaps, products, prefs }, solver);
        checkLimits(r, gaps, products, a.targetRatio, a.budgetUsd);
        // The value guard: nothing bought above the default 3× the expected loss it covers.
        for (const x of r.allocations) expect(x.valueMultiple !== null && x.valueMultiple <= DEFAULT_MAX_LOADING).toBe(true);
        expect(new Decimal(r.expectedLossCoveredUsd).plus(r.expectedLossLeftUsd).toFixed(2)).toBe(r.expectedLossOpenUsd);
      }),
      { numRuns: 100 },
    );
  });

  it("covers at least as much expected loss as a greedy fill (a feasible point, so a lower bound)", () => {
    fc.assert(
      fc.property(arbInput, (a) => {
        const { gaps, products } = toInput(a);
        const prefs = { region: null, kycOk: true, targetRatio: a.targetRatio };
        const r = solveBudget({ budgetUsd: a.budgetUsd, gaps, products, prefs }, solver);
        const greedy = greedyCovered(gaps, products, prefs, a.budgetUsd);
        // Rounding amounts to cents may cost the LP a few cents of expected loss; allow $1.
        expect(new Decimal(r.expectedLossCoveredUsd).plus(1).gte(greedy)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

/** Fill variables by expected loss covered per premium dollar, best first (free cover first). */
function greedyCovered(gaps: RiskGap[], products: RecommendProduct[], prefs: { region: null; kycOk: boolean; targetRatio: number }, budgetUsd: string): Decimal {
  const model = buildModel(gaps, products, {
    budget: toCents(budgetUsd), prefs, probabilities: DEFAULT_GRADE_PROBABILITIES, defaultGrade: DEFAULT_GRADE,
    priceBasis: DEFAULT_PRICE_BASIS, quotes: new Map(), maxLoading: DEFAULT_MAX_LOADING, // solveBudget's defaults
  });
  const value = (i: number) => { const v = model.vars[i]!; return v.rate.isZero() ? new Decimal(Infinity) : v.objective.div(v.rate); };
  const order = model.vars.map((_, i) => i).sort((x, y) => value(y).comparedTo(value(x)));
  const gapLeft = model.gaps.map((g) => g.limit);
  const capLeft = model.products.map((p) => p.capacity);
  let budget = model.budget;
  let covered = new Decimal(0);
  for (const i of order) {
    const v = model.vars[i]!;
    let x = gapLeft[v.gapIndex]!;
    const cap = capLeft[v.productIndex];
    if (cap !== null && cap !== undefined) x = Decimal.min(x, cap);
    if (v.rate.gt(0)) x = Decimal.min(x, budget.div(v.rate));
    if (x.lte(0)) continue;
    gapLeft[v.gapIndex] = gapLeft[v.gapIndex]!.minus(x);
    if (cap !== null && cap !== undefined) capLeft[v.productIndex] = cap.minus(x);
    budget = budget.minus(x.times(v.rate));
    covered = covered.plus(x.times(v.objective));
  }
  return covered;
}
