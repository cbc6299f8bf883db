import type { PrismaClient } from "@/server/db/generated/client";
import type { TVenue, TVenueSearchInput } from "@/lib/schemas/venue";
import { searchVenues, venueResolver, type VenueEntry, type VenueResolver } from "@/server/domain/venues";
import { venueCatalog } from "@/server/repositories/venue-repository";

const toVenue = (e: VenueEntry): TVenue => ({
  slug: e.slug, name: e.name, kind: e.kind, category: e.category, chains: e.chains, family: e.isFamily ? e.slug : e.family, isFamily: e.isFamily,
});

export async function findVenues(db: PrismaClient, input: TVenueSearchInput): Promise<TVenue[]> {
  return searchVenues(await venueCatalog(db), input ?? {}).map(toVenue);
}

export async function venuesBySlug(db: PrismaClient, slugs: readonly string[]): Promise<TVenue[]> {
  const wanted = new Set(slugs);
  return (await venueCatalog(db)).filter((e) => wanted.has(e.slug)).map(toVenue);
}

const resolvers = new WeakMap<readonly VenueEntry[], VenueResolver>();

/** Name, alias and family → slug over the current catalog (built once per catalog read). */
export async function catalogVenueResolver(db: PrismaClient): Promise<VenueResolver> {
  const entries = await venueCatalog(db);
  let resolve = resolvers.get(entries);
  if (!resolve) resolvers.set(entries, (resolve = venueResolver(entries)));
  return resolve;
}
