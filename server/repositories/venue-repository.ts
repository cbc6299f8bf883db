import type { PrismaClient } from "@/server/db/generated/client";
import type { VenueEntry } from "@/server/domain/venues";
import { cachedCatalogRead } from "./catalog-cache";

/** The whole venue catalog (≈400 rows), read once per instance for a short while (see catalog-cache). */
export function venueCatalog(db: PrismaClient): Promise<VenueEntry[]> {
  return cachedCatalogRead(db, "venues", async () => {
    const rows = await db.venue.findMany({
      select: { slug: true, name: true, kind: true, isFamily: true, children: true, family: true, category: true, chains: true, aliases: true, tvlUsd: true },
      orderBy: { slug: "asc" },
    });
    return rows.map((r) => ({ ...r, tvlUsd: r.tvlUsd === null ? null : r.tvlUsd.toFixed(2) }));
  });
}
