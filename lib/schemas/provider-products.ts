import { z } from "zod";
import { ZProviderProduct, ZProviderSlug } from "./provider-score";

import { PROVIDER_PRODUCTS_PAGE_MAX, PROVIDER_PRODUCTS_QUERY_MAX } from "./values";

/** Products seeded from a provider's own listing data (Nexus Mutual's listings) have slugs `listing-<id>`. */
export { LISTING_SLUG_PREFIX, PROVIDER_PRODUCTS_PAGE_DEFAULT, PROVIDER_PRODUCTS_PAGE_MAX, PROVIDER_PRODUCTS_QUERY_MAX } from "./values";

// provider.products ------------------------------------------------------------------------

export const ZProviderProductsInput = z.object({
  slug: ZProviderSlug,
  /** Matches the product name or a venue slug it covers, case-insensitively. Blank = all. */
  q: z.string().trim().max(PROVIDER_PRODUCTS_QUERY_MAX, `At most ${PROVIDER_PRODUCTS_QUERY_MAX} characters`).optional(),
  /** Offset of the first product (the previous page's nextCursor). */
  cursor: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(PROVIDER_PRODUCTS_PAGE_MAX).optional(),
});
export type TProviderProductsInput = z.infer<typeof ZProviderProductsInput>;

export const ZProviderProductsOutput = z.object({
  /** The provider's own products first, then its listings, each by name. */
  items: z.array(ZProviderProduct),
  /** Products matching `q` (all pages). */
  total: z.number().int().min(0),
  /** Products of the provider, whatever `q`. */
  totalAll: z.number().int().min(0),
  /** Offset of the next page; null on the last. */
  nextCursor: z.number().int().nullable(),
});
export type TProviderProductsOutput = z.infer<typeof ZProviderProductsOutput>;
