// 2–4 providers side by side: facts with sources, the six scores ranked among them, and the
// methodology the page shows in "how this is computed".
import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { DEFAULT_WEIGHTS, METHODOLOGY } from "@/server/domain/scoring";
import type { TCompareProvidersOutput, TProviderScore } from "@/lib/schemas/provider-score";
import { ProviderRepository } from "@/server/repositories/provider-repository";
import { rankedScores, type ResolvedWeights } from "./provider-ranking";
import { columnSources, editorialSources, splitFacts, withCategorySources } from "./provider-sources";

export async function compareProviders(
  db: PrismaClient, slugs: string[], weights: ResolvedWeights,
): Promise<TCompareProvidersOutput> {
  const repo = new ProviderRepository(db);
  const details = await Promise.all(slugs.map((slug) => repo.getBySlug(slug)));
  const missing = slugs.filter((_, i) => !details[i]);
  if (missing.length > 0) throw notFound(`Provider ${missing.join(", ")}`);
  const scores = await rankedScores(db, weights, slugs);
  const providers = details.flatMap((d) => {
    const score: TProviderScore | undefined = d ? scores.get(d.slug) : undefined;
    if (!d || !score) return [];
    const split = splitFacts(d.facts);
    const sources = columnSources(split);
    const editorial = editorialSources(split, d.products);
    // The output schema keeps only the summary fields of `d` (no facts, no products).
    return [{ ...d, sources, editorialSources: editorial, score: withCategorySources(score, sources, editorial) }];
  });
  return {
    weights: weights.weights,
    weightsSource: weights.source,
    defaultWeights: { ...DEFAULT_WEIGHTS },
    methodology: {
      ...METHODOLOGY,
      categories: METHODOLOGY.categories.map((c) => ({ ...c, facts: [...c.facts] })),
    },
    providers: providers.sort((a, b) => a.score.rank - b.score.rank),
  };
}
