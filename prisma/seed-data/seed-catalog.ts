// Idempotent upsert of the provider catalog: by Provider.slug, then CoverProduct (providerId, slug).
// Deletes nothing: products dropped from the data stay (covers may point at them).
import type { PrismaClient } from "@/server/db/generated/client";
import { PROVIDERS } from "./providers";
import { productRow, providerRow } from "./to-rows";
import type { ProviderSeed } from "./types";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

async function upsertProvider(tx: Tx, seed: ProviderSeed): Promise<number> {
  const data = providerRow(seed);
  const { id: providerId } = await tx.provider.upsert({
    where: { slug: seed.slug }, create: data, update: data, select: { id: true },
  });
  for (const product of seed.products) {
    const row = productRow(product, seed.columns);
    await tx.coverProduct.upsert({
      where: { providerId_slug: { providerId, slug: product.slug } },
      create: { ...row, providerId },
      update: row,
    });
  }
  return seed.products.length;
}

export async function seedCatalog(db: PrismaClient): Promise<{ providers: number; products: number }> {
  let products = 0;
  for (const seed of PROVIDERS) {
    products += await db.$transaction((tx) => upsertProvider(tx, seed));
  }
  return { providers: PROVIDERS.length, products };
}
