// Which catalog venue an incident is about (pure): the source's slug, then the slug guessed
// from the name, then an alias, then a family, then the exact name. Unresolved → null (the
// incident is kept all the same).
import { withoutRemark } from "@/server/domain/venues/normalize";

/** What resolution needs of a catalog venue. */
export type IncidentVenueEntry = { slug: string; name: string; isFamily: boolean; aliases: readonly string[] };

export type IncidentVenueInput = { venueSlug: string | null; venueSlugGuess: string | null; venueName: string };

export type IncidentVenueMatch = { slug: string; via: "slug" | "guess" | "alias" | "family" | "name" };

export type IncidentVenueResolver = (incident: IncidentVenueInput) => IncidentVenueMatch | null;

const slugForm = (s: string) => s.trim().toLowerCase();
/** "aztec-v1" → "aztec", "flashstakev2" → "flashstake", "uniswap-v3.1" → "uniswap". */
const withoutVersion = (s: string) => s.replace(/-?v\d+(\.\d+)*$/, "");
const nameForm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

export function incidentVenueResolver(entries: readonly IncidentVenueEntry[]): IncidentVenueResolver {
  const slugs = new Set(entries.map((e) => slugForm(e.slug)));
  const byAlias = new Map<string, string>();
  for (const e of entries) for (const a of e.aliases) if (!byAlias.has(slugForm(a))) byAlias.set(slugForm(a), e.slug);
  const families = new Map(entries.filter((e) => e.isFamily).map((e) => [slugForm(e.slug), e.slug]));
  const byName = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, withoutRemark(e.name)]) if (n && !byName.has(nameForm(n))) byName.set(nameForm(n), e.slug);
  const canonical = new Map(entries.map((e) => [slugForm(e.slug), e.slug]));

  return ({ venueSlug, venueSlugGuess, venueName }) => {
    const slug = venueSlug ? slugForm(venueSlug) : null;
    const guess = venueSlugGuess ? slugForm(venueSlugGuess) : null;
    if (slug && slugs.has(slug)) return { slug: canonical.get(slug)!, via: "slug" };
    if (guess && slugs.has(guess)) return { slug: canonical.get(guess)!, via: "guess" };
    const keys = [slug, guess].filter((k): k is string => !!k);
    for (const k of keys) {
      const alias = byAlias.get(k);
      if (alias) return { slug: alias, via: "alias" };
    }
    for (const k of keys) {
      const family = families.get(withoutVersion(k));
      if (family) return { slug: family, via: "family" };
    }
    const named = byName.get(nameForm(venueName));
    return named ? { slug: named, via: "name" } : null;
  };
}
