// One provider's products, searchable and paged (provider.products): the provider's own catalog
// products first, then its listings (Nexus Mutual has ~220), each by name, with the source of
// every term. Matching is done on a light projection of the provider's products (a few hundred
// rows at most); only the page's rows are read in full.
import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import {
  LISTING_SLUG_PREFIX, PROVIDER_PRODUCTS_PAGE_DEFAULT, type TProviderProductsInput, type TProviderProductsOutput,
} from "@/lib/schemas/provider-products";
import { toProduct } from "@/server/repositories/provider-repository";
import { productTermSources, splitFacts } from "./provider-sources";

type Light = { id: string; slug: string; name: string; venues: string[] };

export function matchesQuery(p: Light, q: string): boolean {
  const needle = q.toLowerCase();
  const slugNeedle = needle.replace(/\s+/g, "-");
  return p.name.toLowerCase().includes(needle) || p.venues.some((v) => v !== "*" && v.includes(slugNeedle));
}

/** Own products before listings, then by name (code-point order, as the database's "C" collation would). */
export function compareProducts(a: Light, b: Light): number {
  const listing = Number(a.slug.startsWith(LISTING_SLUG_PREFIX)) - Number(b.slug.startsWith(LISTING_SLUG_PREFIX));
  if (listing !== 0) return listing;
  const an = a.name.toLowerCase();
  const bn = b.name.toLowerCase();
  return an < bn ? -1 : an > bn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function providerProducts(db: PrismaClient, input: TProviderProductsInput): Promise<TProviderProductsOutput> {
  const provider = await db.provider.findFirst({ where: { slug: input.slug }, select: { id: true, facts: true } });
  if (!provider) throw notFound("Provider");
  const all = await db.coverProduct.findMany({ where: { providerId: provider.id }, select: { id: true, slug: true, name: true, venues: true } });
  const q = input.q?.trim() ?? "";
  const matching = (q ? all.filter((p) => matchesQuery(p, q)) : all).sort(compareProducts);
  const offset = input.cursor ?? 0;
  const limit = input.limit ?? PROVIDER_PRODUCTS_PAGE_DEFAULT;
  const page = matching.slice(offset, offset + limit);
  const rows = page.length === 0 ? [] : await db.coverProduct.findMany({ where: { id: { in: page.map((p) => p.id) } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const split = splitFacts(provider.facts);
  const items = page.flatMap((p) => {
    const row = byId.get(p.id);
    if (!row) return []; // deleted between the two reads
    const product = toProduct(row);
    return [{ ...product, termSources: productTermSources(split, product) }];
  });
  return { items, total: matching.length, totalAll: all.length, nextCursor: offset + limit < matching.length ? offset + limit : null };
}
