import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/api/errors";
import { loadSolver, solveBudget, type RiskGap, type RiskGrade } from "@/server/domain/recommend";
import { DEFAULT_PRICE_BASIS, type PriceBasis } from "@/server/domain/recommend/price";
import type { TGradeProbabilities } from "@/lib/schemas/settings";
import type { TOptimizeBudgetOutput } from "@/lib/schemas/recommendation";
import { riskGapsOf } from "./recommendation-gaps";
import { loadRecommendationInputs } from "./recommendation-inputs";

type GradeKey = RiskGrade | "none";

/** How many positions below target carry each grade: the page shows which assumption drives the plan. */
function gradeCounts(gaps: readonly RiskGap[], targetRatio: number): Record<GradeKey, number> {
  const counts: Record<GradeKey, number> = { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, none: 0 };
  const seen = new Set<string>();
  for (const g of gaps) {
    if (!(g.ratio < targetRatio) || seen.has(g.positionId)) continue;
    seen.add(g.positionId);
    counts[g.riskGrade ?? "none"] += 1;
  }
  return counts;
}

/**
 * The budget optimizer of DESIGN §5 over a portfolio's held-cover gaps. Loss probabilities are the
 * run's own (edited on the page) when given, else the user's saved assumptions.
 */
type BudgetRequest = {
  portfolioId: string; budgetUsd: string; gradeProbabilities?: TGradeProbabilities; priceBasis?: PriceBasis; maxLoading?: number;
  mode?: "expected" | "tail"; scenarios?: number; seed?: number;
};

/** Users with a run under way: a solve holds this process's CPU for up to seconds, so one at a time each. */
const running = new Set<string>();

export async function optimizePortfolioBudget(db: PrismaClient, userId: string, input: BudgetRequest): Promise<TOptimizeBudgetOutput> {
  if (running.has(userId)) {
    throw new AppError("TOO_MANY_REQUESTS", "Your previous optimisation is still running: wait for it, then try again.", undefined, RUN_RETRY_AFTER_SEC);
  }
  running.add(userId);
  try {
    return await optimize(db, userId, input);
  } finally {
    running.delete(userId);
  }
}

const RUN_RETRY_AFTER_SEC = 5;

async function optimize(db: PrismaClient, userId: string, input: BudgetRequest): Promise<TOptimizeBudgetOutput> {
  const started = performance.now();
  const [inputs, solver] = await Promise.all([
    loadRecommendationInputs(db, userId, input.portfolioId, { withDrafts: false }),
    loadSolver(),
  ]);
  const gaps = riskGapsOf(inputs.summary.positions, inputs.grades);
  const priceBasis = input.priceBasis ?? DEFAULT_PRICE_BASIS;
  const result = solveBudget({
    budgetUsd: input.budgetUsd,
    gaps,
    products: inputs.products,
    prefs: inputs.prefs,
    gradeProbabilities: input.gradeProbabilities ?? inputs.settings.gradeProbabilities,
    priceBasis,
    quotes: inputs.quotes,
    maxLoading: input.maxLoading ?? inputs.settings.maxLoading,
    mode: input.mode, scenarios: input.scenarios, seed: input.seed,
  }, solver);
  const premiumSources = new Map(inputs.products.map((p) => [p.id, p.premiumSource]));
  return {
    ...result,
    allocations: result.allocations.map((a) => ({ ...a, premiumSource: premiumSources.get(a.productId) ?? null })),
    portfolio: inputs.summary.portfolio,
    assumptions: { ...result.assumptions, gradeCounts: gradeCounts(gaps, inputs.prefs.targetRatio) },
    prefs: {
      ...inputs.prefs, weightsAreDefault: inputs.settings.weightsAreDefault, periodDays: 365, priceBasis,
      maxLoading: input.maxLoading ?? inputs.settings.maxLoading,
    },
    elapsedMs: Math.round(performance.now() - started),
  };
}
