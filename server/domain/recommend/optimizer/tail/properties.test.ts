import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { Decimal, sumMoney, toCents, ZERO } from "../../../money";
import { premiumFor } from "../../cost";
import { gap, product } from "../../test-fixtures";
import { loadSolver } from "../load-solver";
import type { LpModel } from "../variables";
import { riskFigures } from "./evaluate-plan";
import { solveTail, tailSetup, type TailSolver } from "./solve-tail";
import { expectedPlan, tailModel } from "./tail-fixtures";

let solver: TailSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const VENUES = ["aave-v3", "lido", "curve"];
const money = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => (c / 100).toFixed(2));

const arbGap = fc.record({
  venue: fc.constantFrom(...VENUES),
  risk: fc.constantFrom("protocol_exploit", "depeg"),
  asset: fc.constantFrom("USDC", "DAI"),
  exposureUsd: money(2_000_000),
  insuredShare: fc.double({ min: 0, max: 1, noNaN: true }),
  riskGrade: fc.constantFrom("A", "B", "C", "D", "E", "F", null),
});
const arbProduct = fc.record({
  risk: fc.constantFrom("protocol_exploit", "depeg"),
  venues: fc.subarray(VENUES, { minLength: 1 }),
  pct: fc.integer({ min: 0, max: 800 }).map((b) => (b / 100).toString()),
  capacityUsd: fc.option(money(500_000), { nil: null }),
  deductible: fc.option(fc.record({ kind: fc.constantFrom("pct_of_loss", "pct_of_cover", "fixed_usd"), value: fc.integer({ min: 0, max: 50 }).map(String) }), { nil: null }),
});
const arbCase = fc.record({
  gaps: fc.array(arbGap, { minLength: 1, maxLength: 8 }),
  products: fc.array(arbProduct, { minLength: 1, maxLength: 5 }),
  budgetUsd: money(50_000),
  seed: fc.integer({ min: 0, max: 1000 }),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function toModel(c: Case): LpModel {
  const gaps = c.gaps.map((g, i) => {
    const insured = toCents(new Decimal(g.exposureUsd).times(g.insuredShare));
    const e = new Decimal(g.exposureUsd);
    return gap({ positionId: `p${i}`, venue: g.venue, risk: g.risk, asset: g.asset, exposureUsd: g.exposureUsd,
      insuredUsd: insured.toFixed(2), ratio: e.isZero() ? 0 : insured.div(e).toDecimalPlaces(4).toNumber(), riskGrade: g.riskGrade });
  });
  const products = c.products.map((p, k) => product({
    id: `k${k}`, coverageType: p.risk, venues: p.risk === "depeg" ? ["*"] : p.venues, venueKinds: [],
    capacityUsd: p.capacityUsd, deductible: p.deductible, premiumLowPct: p.pct, premiumHighPct: p.pct,
  }));
  return tailModel(gaps, products, { budgetUsd: c.budgetUsd });
}

const premiumOf = (model: LpModel, amounts: readonly Decimal[]) =>
  sumMoney(model.vars.map((v, i) => premiumFor(amounts[i] ?? ZERO, v.pct)));
const objective = (figures: { cvar95Usd: string }, premium: Decimal) => new Decimal(figures.cvar95Usd).plus(premium);

describe("tail mode — properties on random programs", () => {
  it("never exceeds the budget, any gap or any capacity after rounding", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const model = toModel(c);
        const r = solveTail(model, { scenarios: 200, seed: c.seed }, solver);
        expect(r.status).toMatch(/optimal|empty/);
        expect(r.amounts).toHaveLength(model.vars.length);
        for (const a of r.amounts) expect(a.gte(0) && a.decimalPlaces() <= 2).toBe(true);
        const premium = premiumOf(model, r.amounts);
        expect(premium.lte(model.budget)).toBe(true);
        expect(premium.toFixed(2)).toBe(r.premiumUsd);
        model.gaps.forEach((g) => expect(sumMoney(g.vars.map((i) => r.amounts[i]!)).lte(g.limit)).toBe(true));
        model.products.forEach((p) => {
          if (p.capacity !== null) expect(sumMoney(p.vars.map((i) => r.amounts[i]!)).lte(p.capacity)).toBe(true);
        });
      }),
      { numRuns: 100 },
    );
  });

  it("beats buying nothing and expected mode's plan on CVaR₉₅ plus premium, as the evaluator measures", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const model = toModel(c);
        const r = solveTail(model, { scenarios: 200, seed: c.seed }, solver);
        const { scenarios } = tailSetup(model, { scenarios: 200, seed: c.seed });
        expect(riskFigures(model, scenarios, r.amounts)).toEqual(r.after);
        expect(new Decimal(r.after.cvar95Usd).gte(r.after.expectedLossUsd)).toBe(true);
        // Rounding amounts to cents may cost a few cents of CVaR: allow $1.
        const mine = objective(r.after, new Decimal(r.premiumUsd));
        expect(mine.lte(new Decimal(r.before.cvar95Usd).plus(1))).toBe(true);
        const expected = expectedPlan(model, solver);
        expect(mine.lte(objective(riskFigures(model, scenarios, expected), premiumOf(model, expected)).plus(1))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
