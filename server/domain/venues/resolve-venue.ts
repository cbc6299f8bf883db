import { venueKey, withoutRemark } from "./normalize";
import type { VenueEntry } from "./types";

export type VenueMatch = {
  slug: string;
  name: string;
  kind: VenueEntry["kind"];
  /** How the text was recognised: the venue's slug, one of its aliases, a family (its main venue) or its name. */
  via: "slug" | "alias" | "family" | "name";
};

export type VenueResolver = (text: string) => VenueMatch | null;

/**
 * Resolves what a person typed — slug, alias, family or name, in any case and spacing — to a
 * catalog venue. A family resolves to its main venue (its first child): "Curve" → curve-dex.
 * Slugs win over aliases, aliases over names; null when nothing matches.
 */
export function venueResolver(entries: readonly VenueEntry[]): VenueResolver {
  const bySlug = new Map<string, VenueEntry>();
  const byAlias = new Map<string, VenueEntry>();
  const byName = new Map<string, VenueEntry>();
  for (const e of entries) bySlug.set(venueKey(e.slug), e);
  for (const e of entries) for (const a of e.aliases) if (!byAlias.has(venueKey(a))) byAlias.set(venueKey(a), e);
  for (const e of entries) {
    for (const name of [e.name, withoutRemark(e.name)]) {
      const key = venueKey(name);
      if (key && !byName.has(key)) byName.set(key, e);
    }
  }
  const mainOf = (family: VenueEntry): VenueEntry | undefined => family.children.map((c) => bySlug.get(venueKey(c))).find(Boolean);
  const match = (e: VenueEntry, via: VenueMatch["via"]): VenueMatch | null => {
    if (!e.isFamily) return { slug: e.slug, name: e.name, kind: e.kind, via };
    const main = mainOf(e);
    return main ? { slug: main.slug, name: main.name, kind: main.kind, via: "family" } : null;
  };

  return (text) => {
    const key = venueKey(text);
    if (!key) return null;
    const slug = bySlug.get(key);
    if (slug) return match(slug, "slug");
    const alias = byAlias.get(key);
    if (alias) return match(alias, "alias");
    const name = byName.get(key);
    return name ? match(name, "name") : null;
  };
}
