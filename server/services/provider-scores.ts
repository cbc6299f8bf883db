import type { PrismaClient } from "@/server/db/generated/client";
import { DEFAULT_WEIGHTS, parseWeights, rankProviders, type ProviderScore, type Weights } from "@/server/domain/scoring";
import { cachedCatalogRead } from "@/server/repositories/catalog-cache";
import { loadScoringFacts } from "@/server/repositories/provider-facts-repository";

/**
 * Ranks providers by the methodology with the given weights (the user's, else the default).
 * `asOfYear` feeds "years active"; it defaults to the current UTC year.
 */
export async function scoreProviders(
  db: PrismaClient,
  opts: { weights?: Weights | null; slugs?: string[]; asOfYear?: number } = {},
): Promise<Map<string, ProviderScore>> {
  const asOfYear = opts.asOfYear ?? new Date().getUTCFullYear();
  const weights = opts.weights ?? { ...DEFAULT_WEIGHTS };
  const key = `scores:${asOfYear}:${JSON.stringify(weights)}:${opts.slugs?.join(",") ?? "*"}`;
  return cachedCatalogRead(db, key, async () => {
    const ranked = rankProviders(await loadScoringFacts(db, opts.slugs), { asOfYear, weights });
    return new Map(ranked.map((p) => [p.slug, p]));
  });
}

/** The weights saved in a user's settings, or null for the default methodology. */
export async function userWeights(db: PrismaClient, userId: string | null): Promise<Weights | null> {
  if (!userId) return null;
  const user = await db.user.findFirst({ where: { id: userId }, select: { weights: true } });
  if (user?.weights == null) return null;
  const parsed = parseWeights(user.weights);
  return parsed.ok ? parsed.weights : null;
}
