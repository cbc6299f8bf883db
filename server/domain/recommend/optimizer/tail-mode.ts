import { ZERO } from "../../money";
import type { Outcome } from "./result";
import type { LpSolver } from "./solve-budget";
import { explainTail, riskFigures, solveTail, tailSetup, type TailOptions } from "./tail";
import type { TailSummary } from "./types";
import type { LpModel } from "./variables";

/**
 * Tail mode of the budget optimizer (DESIGN §10): the plan minimising CVaR₉₅ of the year's loss
 * plus premiums on seeded, correlated scenario-years, reported beside expected mode's plan on the
 * same years so the user sees what the tail plan buys and why it differs.
 */
export function solveTailMode(
  model: LpModel, expected: Outcome, options: TailOptions, solver: LpSolver,
): { outcome: Outcome; summary: TailSummary } {
  const tail = solveTail(model, options, solver);
  const { scenarios } = tailSetup(model, { scenarios: tail.scenarios, seed: tail.seed });
  const expectedAmounts = model.vars.map(() => ZERO);
  for (const a of expected.allocations) expectedAmounts[a.varIndex] = a.amount;
  const optimal = tail.status === "optimal";
  return {
    outcome: {
      status: tail.status, solverStatus: tail.solverStatus, allocations: tail.allocations,
      budgetShadowPrice: null, extraNotes: optimal ? [] : expected.extraNotes,
    },
    summary: {
      scenarios: tail.scenarios,
      seed: tail.seed,
      before: tail.before,
      after: tail.after,
      premiumUsd: tail.premiumUsd,
      expectedModePlan: riskFigures(model, scenarios, expectedAmounts),
      whyDifferent: optimal && expected.status === "optimal" ? explainTail(model, tail.drivers, expectedAmounts, tail.amounts) : [],
    },
  };
}
