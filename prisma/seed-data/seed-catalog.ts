// Idempotent seed of the provider catalog (prisma/seed-data/providers/*.json), in one
// transaction: providers by slug, then each provider's products by (providerId, slug), each
// table in bulk (see upsert-products.ts). Unchanged rows are not rewritten; changed facts are.
// Every file is validated before the transaction opens, so a bad file writes nothing.
// Deletes nothing: products dropped from the data stay (covers may point at them).
import type { PrismaClient } from "@/server/db/generated/client";
import { loadProviders } from "./provider-catalog";
import { productRow, providerRow } from "./to-rows";
import { upsertProducts, upsertProviders } from "./upsert-products";

export type SeedCatalogOptions = {
  /** Reads a catalog file's JSON by its name under prisma/seed-data (tests); the files when omitted. */
  read?: (name: string) => unknown;
};

export async function seedCatalog(db: PrismaClient, opts: SeedCatalogOptions = {}): Promise<{ providers: number; products: number }> {
  const seeds = loadProviders(opts.read);
  const rows = seeds.map((seed) => ({ seed, provider: providerRow(seed), products: seed.products.map((p) => productRow(p, seed.columns)) }));
  await db.$transaction(async (tx) => {
    const { ids } = await upsertProviders(tx, rows.map((r) => r.provider));
    for (const { seed, products } of rows) {
      const providerId = ids.get(seed.slug);
      if (!providerId) throw new Error(`provider ${seed.slug} was not upserted`);
      await upsertProducts(tx, providerId, products);
    }
  }, { timeout: 60_000, maxWait: 10_000 });
  return { providers: seeds.length, products: rows.reduce((n, r) => n + r.products.length, 0) };
}
