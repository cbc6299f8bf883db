import type { PrismaClient } from "@/server/db/generated/client";
import { venueCatalog } from "@/server/repositories/venue-repository";

/** Slug → name of the catalog's venues, from the in-memory catalog (no query once warm). */
export async function venueNameMap(db: PrismaClient): Promise<ReadonlyMap<string, string>> {
  return new Map((await venueCatalog(db)).map((v) => [v.slug, v.name]));
}

/** Adds `venueName`: the catalog's name for the slug, null for an unlisted venue. */
export function withVenueName<T extends { venue: string }>(names: ReadonlyMap<string, string>, row: T): T & { venueName: string | null } {
  return { ...row, venueName: names.get(row.venue) ?? null };
}
