// The catalog and one provider's page: facts with their sources, products with the source of
// each term, and the methodology score (ranked over the whole catalog).
import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import type { TProviderFilters } from "@/lib/schemas/provider";
import type { TGetProviderOutput, TProviderCard, TProviderScore } from "@/lib/schemas/provider-score";
import { ProviderRepository } from "@/server/repositories/provider-repository";
import { rankedScores, type ResolvedWeights } from "./provider-ranking";
import { columnSources, editorialSources, productTermSources, splitFacts, withCategorySources } from "./provider-sources";

function scoreOf(scores: Map<string, TProviderScore>, slug: string): TProviderScore {
  const score = scores.get(slug);
  // Scores are computed from the same table in the same request: a miss is a bug, not a 404.
  if (!score) throw new Error(`No score for provider ${slug}`);
  return score;
}

export async function listProviders(
  db: PrismaClient, filters: TProviderFilters, weights: ResolvedWeights,
): Promise<TProviderCard[]> {
  const repo = new ProviderRepository(db);
  const rows = await repo.list(filters);
  if (rows.length === 0) return [];
  const [facts, scores] = await Promise.all([repo.factsBySlug(rows.map((r) => r.slug)), rankedScores(db, weights)]);
  // The output schema drops what a catalog row does not need (formulas, explanations).
  return rows.map((row) => ({ ...row, sources: columnSources(splitFacts(facts.get(row.slug))), score: scoreOf(scores, row.slug) }));
}

export async function getProvider(db: PrismaClient, slug: string, weights: ResolvedWeights): Promise<TGetProviderOutput> {
  const provider = await new ProviderRepository(db).getBySlug(slug);
  if (!provider) throw notFound("Provider");
  const split = splitFacts(provider.facts);
  const scores = await rankedScores(db, weights);
  const sources = columnSources(split);
  const editorial = editorialSources(split, provider.products);
  return {
    ...provider,
    facts: split.facts,
    sources,
    editorialSources: editorial,
    products: provider.products.map((p) => ({ ...p, termSources: productTermSources(split, p) })),
    score: withCategorySources(scoreOf(scores, provider.slug), sources, editorial),
  };
}
