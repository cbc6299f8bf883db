import type { LegacyHighs } from "highs";
import { toCents } from "../../money";
import { DEFAULT_PRICE_BASIS } from "../price";
import { DEFAULT_MAX_LOADING } from "../value-guard";
import { assumptionNotes, DEFAULT_GRADE, effectiveProbabilities } from "./assumptions";
import { buildLp } from "./build-lp";
import { loadSolver } from "./load-solver";
import { assembleResult, type Outcome } from "./result";
import { solveTailMode } from "./tail-mode";
import { roundSolution } from "./round-solution";
import type { BudgetAssumptions, BudgetInput, BudgetResult } from "./types";
import { buildModel, type LpModel } from "./variables";

/** What the optimizer needs of a solver: `highs.solve` (the one-shot, CPLEX LP text API). */
export type LpSolver = Pick<LegacyHighs, "solve">;

/**
 * The budget optimizer of DESIGN §5, synchronous given a loaded solver: builds the LP over every
 * eligible, priced (position, risk, product), solves it with HiGHS, rounds the amounts to cents
 * without breaking any limit, and explains what binds.
 */
export function solveBudget(input: BudgetInput, solver: LpSolver): BudgetResult {
  const { model, assumptions } = budgetModel(input);
  const expected = solveModel(model, solver);
  if (input.mode !== "tail") return { ...assembleResult(model, expected, assumptions), mode: "expected", tail: null };
  const tail = solveTailMode(model, expected, { scenarios: input.scenarios, seed: input.seed }, solver);
  return { ...assembleResult(model, tail.outcome, assumptions), mode: "tail", tail: tail.summary };
}

/** The linear program's model and the assumptions it was built under, for either mode. */
export function budgetModel(input: BudgetInput): { model: LpModel; assumptions: BudgetAssumptions } {
  const budget = toCents(input.budgetUsd);
  const defaultGrade = input.defaultGrade ?? DEFAULT_GRADE;
  const probabilities = effectiveProbabilities(input.gradeProbabilities);
  const priceBasis = input.priceBasis ?? DEFAULT_PRICE_BASIS;
  const maxLoading = input.maxLoading ?? DEFAULT_MAX_LOADING;
  const assumptions: BudgetAssumptions = {
    gradeProbabilities: probabilities, defaultGrade, premiumBasis: priceBasis, maxLoading, notes: assumptionNotes(priceBasis, maxLoading),
  };
  const model = buildModel(input.gaps, input.products, {
    budget, prefs: input.prefs, probabilities, defaultGrade, priceBasis, quotes: input.quotes ?? new Map(), maxLoading,
  });
  return { model, assumptions };
}

/** Loads the shared solver (once per process) and solves. */
export async function optimizeBudget(input: BudgetInput): Promise<BudgetResult> {
  return solveBudget(input, await loadSolver());
}

/**
 * Primal simplex: x = 0 is a feasible start whenever the budget is not negative, and on the
 * dense bench (847 gaps × 30 products, 25k variables) it solved in a third of the default's time.
 */
const SOLVER_OPTIONS = { output_flag: false, solver: "simplex", simplex_strategy: 4 } as const;

export function solveModel(model: LpModel, solver: LpSolver): Outcome {
  const noRun = { solverStatus: "not run", allocations: [], budgetShadowPrice: null };
  const budgetRow = model.vars.some((v) => v.rate.gt(0));
  if (model.budget.isNegative() && !budgetRow) {
    return { ...noRun, status: "infeasible", extraNotes: ["The budget is negative."] };
  }
  if (model.vars.length === 0 && model.poorValue.length > 0) {
    return { ...noRun, status: "empty", extraNotes: [
      `Nothing is worth buying at these prices: every eligible, priced product costs more than ${model.maxLoading}× the expected loss it would cover. $0 spent.`,
    ] };
  }
  if (model.vars.length === 0) {
    return { ...noRun, status: "empty", extraNotes: ["Nothing to optimise: no gap below target has an eligible, priced product."] };
  }
  const solution = solver.solve(buildLp(model), SOLVER_OPTIONS);
  if (solution.Status === "Infeasible") {
    return { ...noRun, status: "infeasible", solverStatus: solution.Status,
      extraNotes: model.budget.isNegative() ? ["The budget is negative."] : [] };
  }
  if (solution.Status !== "Optimal") {
    return { ...noRun, status: "error", solverStatus: solution.Status };
  }
  const primal = model.vars.map((v) => solution.Columns[v.name]?.Primal ?? 0);
  return {
    status: "optimal",
    solverStatus: solution.Status,
    allocations: roundSolution(model, primal),
    budgetShadowPrice: budgetRow ? rowDual(solution.Rows[0]) : null,
  };
}

/** The budget row is written first (build-lp.ts), so it is row 0 when present. */
function rowDual(row: object | undefined): number | null {
  if (!row || !("Dual" in row) || typeof row.Dual !== "number") return null;
  return row.Dual;
}
