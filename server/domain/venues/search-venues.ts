import { venueKey, withoutRemark } from "./normalize";
import type { VenueEntry, VenueKind } from "./types";

export type VenueQuery = { q?: string; kind?: VenueKind; chain?: string; limit?: number };

/** A venue with its comparison keys worked out once per catalog, not once per query. */
type Indexed = { e: VenueEntry; slug: string; names: string[]; aliases: string[]; words: string[]; tvl: number };

const indexes = new WeakMap<readonly VenueEntry[], Indexed[]>();

function indexOf(entries: readonly VenueEntry[]): Indexed[] {
  let index = indexes.get(entries);
  if (!index) {
    index = entries.map((e) => {
      const names = [...new Set([venueKey(e.name), venueKey(withoutRemark(e.name))])];
      return { e, slug: venueKey(e.slug), names, aliases: e.aliases.map(venueKey), words: names.flatMap((n) => n.split("-")), tvl: e.tvlUsd === null ? -1 : Number(e.tvlUsd) };
    });
    indexes.set(entries, index);
  }
  return index;
}

/** How well a venue matches the typed text: lower is better; null = no match. */
function matchRank(v: Indexed, key: string): number | null {
  if (v.slug === key || v.aliases.includes(key) || v.names.includes(key)) return 0;
  if (v.slug.startsWith(key) || v.aliases.some((a) => a.startsWith(key)) || v.names.some((n) => n.startsWith(key))) return 1;
  if (v.words.some((word) => word.startsWith(key))) return 2;
  if (v.slug.includes(key) || v.names.some((n) => n.includes(key))) return 3;
  return null;
}

/**
 * Venues for a picker or a search box: concrete venues before families, then the closest
 * match (exact, prefix, word prefix, substring), then the largest TVL, then the name. A chain
 * filter keeps venues on that chain and venues that name no chain (exchanges, custodians and
 * wallets hold on any).
 */
export function searchVenues(entries: readonly VenueEntry[], query: VenueQuery): VenueEntry[] {
  const key = query.q ? venueKey(query.q) : "";
  const limit = query.limit ?? 20;
  const ranked: { v: Indexed; rank: number }[] = [];
  for (const v of indexOf(entries)) {
    if (query.kind && v.e.kind !== query.kind) continue;
    if (query.chain && v.e.chains.length > 0 && !v.e.chains.includes(query.chain)) continue;
    const rank = key ? matchRank(v, key) : 0;
    if (rank !== null) ranked.push({ v, rank });
  }
  ranked.sort((a, b) => Number(a.v.e.isFamily) - Number(b.v.e.isFamily) || a.rank - b.rank || b.v.tvl - a.v.tvl || a.v.e.name.localeCompare(b.v.e.name));
  return ranked.slice(0, limit).map((r) => r.v.e);
}
