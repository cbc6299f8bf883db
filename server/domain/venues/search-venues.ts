import { venueKey, withoutRemark } from "./normalize";
import type { VenueEntry, VenueKind } from "./types";

export type VenueQuery = { q?: string; kind?: VenueKind; chain?: string; limit?: number };

/** How well a venue matches the typed text: lower is better; null = no match. */
function matchRank(e: VenueEntry, key: string): number | null {
  const slug = venueKey(e.slug);
  const names = [venueKey(e.name), venueKey(withoutRemark(e.name))];
  const aliases = e.aliases.map(venueKey);
  if (slug === key || aliases.includes(key) || names.includes(key)) return 0;
  if (slug.startsWith(key) || aliases.some((a) => a.startsWith(key)) || names.some((n) => n.startsWith(key))) return 1;
  if (names.some((n) => n.split("-").some((word) => word.startsWith(key)))) return 2;
  if (slug.includes(key) || names.some((n) => n.includes(key))) return 3;
  return null;
}

const tvl = (e: VenueEntry) => (e.tvlUsd === null ? -1 : Number(e.tvlUsd));

/**
 * Venues for a picker or a search box: concrete venues before families, then the closest
 * match (exact, prefix, word prefix, substring), then the largest TVL, then the name. A chain
 * filter keeps venues on that chain and venues that name no chain (exchanges, custodians and
 * wallets hold on any).
 */
export function searchVenues(entries: readonly VenueEntry[], query: VenueQuery): VenueEntry[] {
  const key = query.q ? venueKey(query.q) : "";
  const limit = query.limit ?? 20;
  const ranked: { e: VenueEntry; rank: number }[] = [];
  for (const e of entries) {
    if (query.kind && e.kind !== query.kind) continue;
    if (query.chain && e.chains.length > 0 && !e.chains.includes(query.chain)) continue;
    const rank = key ? matchRank(e, key) : 0;
    if (rank !== null) ranked.push({ e, rank });
  }
  ranked.sort((a, b) => Number(a.e.isFamily) - Number(b.e.isFamily) || a.rank - b.rank || tvl(b.e) - tvl(a.e) || a.e.name.localeCompare(b.e.name));
  return ranked.slice(0, limit).map((r) => r.e);
}
