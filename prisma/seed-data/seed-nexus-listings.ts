// Seeds Nexus Mutual's listings (see load/nexus-listings.ts) as products of provider nexus-mutual,
// after seedCatalog, in one transaction: the products in bulk (upsert-products.ts, unchanged rows
// are not rewritten), listings gone from the data marked deprecated (never deleted: covers may
// point at them), and the dated facts each listing term is read from merged into the provider's
// facts with their derivations, so the provider page names a source and date for every term.
import { isDeepStrictEqual } from "node:util";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { DERIVED_FROM_KEY } from "@/lib/schemas/provider";
import { LISTING_SLUG_PREFIX } from "@/lib/schemas/provider-products";
import {
  LISTING_FACT_PREFIX, NEXUS_PROVIDER_SLUG, listingFacts, loadNexusFiles, mapListings,
  type ListingProduct, type PriceBasis, type SkipReason,
} from "./load/nexus-listings";
import { upsertProducts, type Tx } from "./upsert-products";

export { LISTING_SLUG_PREFIX };

export type NexusListingsOutcome = {
  /** Listings seeded as products (public and not deprecated). */
  listings: number;
  /** Rows inserted or changed by this run. */
  changed: number;
  /** Listing products no longer in the data, marked deprecated by this run. */
  deprecated: number;
  skipped: Record<SkipReason, number>;
  priceBasis: Record<PriceBasis, number>;
};

type JsonObject = Record<string, Prisma.InputJsonValue | null>;

/** The provider's facts with this module's facts and listing derivations replaced by the current ones. */
export function mergeListingFacts(current: unknown, facts: Record<string, unknown>, products: readonly ListingProduct[], path: (p: ListingProduct) => string): JsonObject {
  const base = current && typeof current === "object" && !Array.isArray(current) ? (current as JsonObject) : {};
  const kept = Object.fromEntries(Object.entries(base).filter(([k]) => !k.startsWith(LISTING_FACT_PREFIX) && k !== DERIVED_FROM_KEY));
  const derived = (base[DERIVED_FROM_KEY] ?? {}) as { columns?: unknown; products?: Record<string, unknown>; editorial?: unknown };
  const otherProducts = Object.fromEntries(Object.entries(derived.products ?? {}).filter(([slug]) => !slug.startsWith(LISTING_SLUG_PREFIX)));
  const listingProducts = Object.fromEntries(products.map((p) => [p.row.slug, { path: path(p), terms: p.terms }]));
  return {
    ...kept,
    ...(facts as JsonObject),
    [DERIVED_FROM_KEY]: {
      columns: (derived.columns ?? {}) as Prisma.InputJsonValue,
      products: { ...otherProducts, ...listingProducts } as Prisma.InputJsonValue,
      editorial: (derived.editorial ?? { ux: [], support: [] }) as Prisma.InputJsonValue,
    },
  };
}

async function seedInTx(tx: Tx, products: ListingProduct[], facts: Record<string, unknown>): Promise<{ changed: number; deprecated: number }> {
  const provider = await tx.provider.findFirst({ where: { slug: NEXUS_PROVIDER_SLUG }, select: { id: true, facts: true } });
  if (!provider) throw new Error(`seedNexusListings: provider ${NEXUS_PROVIDER_SLUG} is not seeded (run seedCatalog first)`);
  const changed = await upsertProducts(tx, provider.id, products.map((p) => p.row));
  const { count: deprecated } = await tx.coverProduct.updateMany({
    where: {
      providerId: provider.id,
      slug: { startsWith: LISTING_SLUG_PREFIX, notIn: products.map((p) => p.row.slug) },
      status: { not: "deprecated" },
    },
    data: { status: "deprecated" },
  });
  const merged = mergeListingFacts(provider.facts, facts, products, (p) => `nexus-products.json products[id=${p.listingId}]`);
  if (!isDeepStrictEqual(merged, provider.facts)) { // jsonb does not keep key order: compare as values
    await tx.provider.update({ where: { id: provider.id }, data: { facts: merged as Prisma.InputJsonObject } });
  }
  return { changed, deprecated };
}

const count = <K extends string>(keys: readonly K[], xs: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, xs.filter((x) => x === k).length])) as Record<K, number>;

/** Validates both files (nothing is written when one fails), then seeds. Idempotent. */
export async function seedNexusListings(db: PrismaClient, files = loadNexusFiles()): Promise<NexusListingsOutcome> {
  const { products, skipped } = mapListings(files.listings, files.prices);
  const facts = listingFacts(files.listings, files.prices);
  const { changed, deprecated } = await db.$transaction((tx) => seedInTx(tx, products, facts), { timeout: 60_000, maxWait: 10_000 });
  return {
    listings: products.length,
    changed,
    deprecated,
    skipped: count(["private", "deprecated", "deprecation unknown", "coverage type unknown"], skipped.map((s) => s.reason)),
    priceBasis: count(["initial-price", "default-min-price"], products.map((p) => p.priceBasis)),
  };
}
