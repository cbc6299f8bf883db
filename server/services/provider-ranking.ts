import type { PrismaClient } from "@/server/db/generated/client";
import { DEFAULT_WEIGHTS, type ProviderScore, type Weights } from "@/server/domain/scoring";
import type { TProviderScore, TWeightsSource } from "@/lib/schemas/provider-score";
import { scoreProviders, userWeights } from "./provider-scores";

export type ResolvedWeights = { weights: Weights; source: TWeightsSource };

/** The call's own weights win; else the signed-in user's saved weights; else the published default. */
export async function resolveWeights(
  db: PrismaClient, explicit: Weights | undefined, getUserId: () => Promise<string | null>,
): Promise<ResolvedWeights> {
  if (explicit) return { weights: explicit, source: "input" };
  const saved = await userWeights(db, await getUserId());
  return saved ? { weights: saved, source: "saved" } : { weights: { ...DEFAULT_WEIGHTS }, source: "default" };
}

function toOutput(s: ProviderScore, rankOf: number, source: TWeightsSource): TProviderScore {
  return {
    total: s.total, rank: s.rank, rankOf, totalExplanation: s.totalExplanation,
    categories: s.categories.map((c) => ({ ...c, inputs: c.inputs.map((i) => ({ ...i })), sources: [] })),
    weightsSource: source,
  };
}

/** Scores ranked among `slugs` (or the whole catalog), by slug. */
export async function rankedScores(
  db: PrismaClient, weights: ResolvedWeights, slugs?: string[],
): Promise<Map<string, TProviderScore>> {
  const scores = await scoreProviders(db, { weights: weights.weights, slugs });
  return new Map([...scores].map(([slug, s]) => [slug, toOutput(s, scores.size, weights.source)]));
}
