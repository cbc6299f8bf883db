import { displayName } from "./names";
import type { ExcludedProduct, RecommendProduct, RiskGap } from "./types";

/**
 * A provider that lists the position's venue itself (Nexus Mutual's "Aave v3 — Protocol Cover")
 * sells that listing for it. Its generic products of the same coverage type that carry no price
 * of their own, only the provider's published range ("Protocol Cover" at 1–29 %), describe the
 * same cover priced from a range that is not the listing's: they are left out, saying which
 * listing replaces them. Generic products with a price of their own stay (ranked after the
 * listing, see rank.ts). Input: the products already eligible for the gap.
 */
export function withoutSupersededGenerics(
  gap: RiskGap, eligible: readonly RecommendProduct[],
): { kept: RecommendProduct[]; superseded: ExcludedProduct[] } {
  const listingOf = new Map<string, RecommendProduct>();
  for (const p of eligible) {
    if (p.venues.includes(gap.venue) && !listingOf.has(p.providerSlug)) listingOf.set(p.providerSlug, p);
  }
  const kept: RecommendProduct[] = [];
  const superseded: ExcludedProduct[] = [];
  for (const p of eligible) {
    const listing = listingOf.get(p.providerSlug);
    const generic = !p.venues.includes(gap.venue);
    if (listing && generic && p.premiumSource === "provider") {
      const venue = gap.venueName ?? displayName(gap.venue);
      superseded.push({
        productId: p.id, productName: p.name, providerName: p.providerName,
        reasons: [{ code: "superseded", text: `${p.providerName} lists ${venue} itself: "${listing.name}" is that cover, priced as listed rather than from ${p.providerName}'s published range` }],
      });
    } else kept.push(p);
  }
  return { kept, superseded };
}
