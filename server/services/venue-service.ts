import type { PrismaClient } from "@/server/db/generated/client";
import type { TVenue, TVenueSearchInput } from "@/lib/schemas/venue";
import { searchVenues, type VenueEntry } from "@/server/domain/venues";
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
