// Idempotent seed of the provider catalog (prisma/seed-data/providers/*.json), in one
// transaction: providers by slug, then each provider's products by (providerId, slug), each
// table in bulk (see upsert-products.ts). Unchanged rows are not rewritten; changed facts are.
// Every file is validated before the transaction opens, so a bad file writes nothing.
// Deletes nothing: products dropped from the data stay (covers may point at them).
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { DERIVED_FROM_KEY } from "@/lib/schemas/provider";
import { LISTING_FACT_PREFIX } from "./load/nexus-listings";
import { loadProviders } from "./provider-catalog";
import { LISTING_SLUG_PREFIX } from "./seed-nexus-listings";
import { productRow, providerRow } from "./to-rows";
import { type ProviderRow, type Tx, upsertProducts, upsertProviders } from "./upsert-products";

type JsonObject = Record<string, Prisma.InputJsonValue | null>;
const objectOf = (v: unknown): JsonObject => (v && typeof v === "object" && !Array.isArray(v) ? (v as JsonObject) : {});

/**
 * Provider.facts parts that another seeder owns (seedNexusListings: the "listings.*" facts and the
 * derivations of the "listing-*" products) are carried over from the database, so re-seeding the
 * catalog neither undoes them nor rewrites the row.
 */
export function keepForeignFacts(row: ProviderRow, stored: unknown): ProviderRow {
  const current = objectOf(stored);
  const facts = Object.entries(current).filter(([k]) => k.startsWith(LISTING_FACT_PREFIX));
  const products = Object.entries(objectOf(objectOf(current[DERIVED_FROM_KEY]).products)).filter(([slug]) => slug.startsWith(LISTING_SLUG_PREFIX));
  if (facts.length === 0 && products.length === 0) return row;
  const own = objectOf(row.facts);
  const derived = objectOf(own[DERIVED_FROM_KEY]);
  return {
    ...row,
    facts: {
      ...own,
      ...Object.fromEntries(facts),
      [DERIVED_FROM_KEY]: { ...derived, products: { ...objectOf(derived.products), ...Object.fromEntries(products) } },
    },
  };
}

async function withForeignFacts(tx: Tx, rows: ProviderRow[]): Promise<ProviderRow[]> {
  const stored = await tx.provider.findMany({ where: { slug: { in: rows.map((r) => r.slug) } }, select: { slug: true, facts: true } });
  const bySlug = new Map(stored.map((p) => [p.slug, p.facts]));
  return rows.map((r) => keepForeignFacts(r, bySlug.get(r.slug)));
}

export type SeedCatalogOptions = {
  /** Reads a catalog file's JSON by its name under prisma/seed-data (tests); the files when omitted. */
  read?: (name: string) => unknown;
};

export async function seedCatalog(db: PrismaClient, opts: SeedCatalogOptions = {}): Promise<{ providers: number; products: number }> {
  const seeds = loadProviders(opts.read);
  const rows = seeds.map((seed) => ({ seed, provider: providerRow(seed), products: seed.products.map((p) => productRow(p, seed.columns)) }));
  await db.$transaction(async (tx) => {
    const { ids } = await upsertProviders(tx, await withForeignFacts(tx, rows.map((r) => r.provider)));
    for (const { seed, products } of rows) {
      const providerId = ids.get(seed.slug);
      if (!providerId) throw new Error(`provider ${seed.slug} was not upserted`);
      await upsertProducts(tx, providerId, products);
    }
  }, { timeout: 60_000, maxWait: 10_000 });
  return { providers: seeds.length, products: rows.reduce((n, r) => n + r.products.length, 0) };
}
