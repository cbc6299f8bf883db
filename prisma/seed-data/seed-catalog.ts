// Idempotent seed of the provider catalog, in one transaction: providers by slug, then each
// provider's products by (providerId, slug), each table in bulk (see upsert-products.ts).
// Unchanged rows are not rewritten; changed facts are. Deletes nothing.
import type { PrismaClient } from "@/server/db/generated/client";
import { PROVIDERS } from "./providers";
import { productRow, providerRow } from "./to-rows";
import { upsertProducts, upsertProviders } from "./upsert-products";

export async function seedCatalog(db: PrismaClient): Promise<{ providers: number; products: number }> {
  const seeds = PROVIDERS;
  let products = 0;
  await db.$transaction(async (tx) => {
    const { ids } = await upsertProviders(tx, seeds.map(providerRow));
    for (const seed of seeds) {
      const providerId = ids.get(seed.slug);
      if (!providerId) throw new Error(`provider ${seed.slug} was not upserted`);
      await upsertProducts(tx, providerId, seed.products.map((p) => productRow(p, seed.columns)));
      products += seed.products.length;
    }
  }, { timeout: 60_000, maxWait: 10_000 });
  return { providers: seeds.length, products };
}
