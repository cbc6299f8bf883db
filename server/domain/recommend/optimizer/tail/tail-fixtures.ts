import type { LegacyHighs } from "highs";
import { toCents, ZERO, type Decimal } from "../../../money";
import { PREFS } from "../../test-fixtures";
import type { RecommendProduct, RiskGap } from "../../types";
import { DEFAULT_GRADE, effectiveProbabilities } from "../assumptions";
import { buildLp } from "../build-lp";
import { roundSolution } from "../round-solution";
import type { GradeProbabilities } from "../types";
import { buildModel, type LpModel } from "../variables";
import type { ScenarioSet } from "./scenarios";

/** Builders for the tail-mode tests: the one place that knows how a model is built. */
export type ModelSpec = {
  budgetUsd?: string;
  grades?: Partial<GradeProbabilities>;
  targetRatio?: number;
  /** The value guard is off unless asked for: these tests are about the tail. */
  maxLoading?: number;
};

export function tailModel(gaps: readonly RiskGap[], products: readonly RecommendProduct[], spec: ModelSpec = {}): LpModel {
  return buildModel(gaps, products, {
    budget: toCents(spec.budgetUsd ?? "1000"),
    prefs: { ...PREFS, targetRatio: spec.targetRatio ?? PREFS.targetRatio },
    probabilities: effectiveProbabilities(spec.grades),
    defaultGrade: DEFAULT_GRADE,
    priceBasis: "high",
    quotes: new Map(),
    maxLoading: spec.maxLoading ?? 1_000_000,
  });
}

/** Expected mode's plan on the same model: its LP (build-lp.ts), solved and rounded as solveBudget does. */
export function expectedPlan(model: LpModel, solver: Pick<LegacyHighs, "solve">): Decimal[] {
  const amounts = model.vars.map(() => ZERO);
  if (model.vars.length === 0) return amounts;
  const solution = solver.solve(buildLp(model), { output_flag: false, solver: "simplex", simplex_strategy: 4 });
  if (solution.Status !== "Optimal") throw new Error(`expected mode: ${solution.Status}`);
  const primal = model.vars.map((_, i) => solution.Columns[`x${i}`]?.Primal ?? 0);
  for (const a of roundSolution(model, primal)) amounts[a.varIndex] = a.amount;
  return amounts;
}

/** A scenario set written out by hand: each entry is (gaps hit, how many years). */
export function years(count: number, entries: readonly [number[], number][]): ScenarioSet {
  const hits = entries.flatMap(([gaps, n]) => Array.from({ length: n }, () => [...gaps]));
  return { count, empty: count - hits.length, hits };
}
