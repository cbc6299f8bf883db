import type { PrismaClient } from "@/server/db/generated/client";
import type { ScoringFacts } from "@/server/domain/scoring";
import { cachedCatalogRead } from "./catalog-cache";
import { moneyOrNull } from "./mappers";

/** The facts the scoring methodology reads, for every provider of the catalog (one query). */
export async function loadScoringFacts(db: PrismaClient, slugs?: string[]): Promise<ScoringFacts[]> {
  const all = await cachedCatalogRead(db, "scoring-facts", () => readScoringFacts(db));
  return slugs ? all.filter((f) => slugs.includes(f.slug)) : all;
}

async function readScoringFacts(db: PrismaClient): Promise<ScoringFacts[]> {
  const rows = await db.provider.findMany({
    select: {
      slug: true, name: true, status: true, capacityUsd: true, claimsPaidUsd: true, premiumLowPct: true,
      premiumHighPct: true, regulated: true, auditCount: true, foundedYear: true, coverageTypes: true,
      chains: true, uxScore: true, uxRationale: true, supportScore: true, supportRationale: true,
    },
  });
  return rows.map((r) => ({
    slug: r.slug, name: r.name, status: r.status,
    capacityUsd: moneyOrNull(r.capacityUsd), claimsPaidUsd: moneyOrNull(r.claimsPaidUsd),
    premiumLowPct: moneyOrNull(r.premiumLowPct), premiumHighPct: moneyOrNull(r.premiumHighPct),
    regulated: r.regulated, auditCount: r.auditCount, foundedYear: r.foundedYear,
    coverageTypes: r.coverageTypes, chains: r.chains,
    uxScore: r.uxScore ? Number(r.uxScore) : null, uxRationale: r.uxRationale,
    supportScore: r.supportScore ? Number(r.supportScore) : null, supportRationale: r.supportRationale,
  }));
}
