// Idempotent bulk upsert of the venue catalog (prisma/seed-data/venues.json): one statement,
// rows whose data did not change are left as they are (updatedAt too). Deletes nothing: a venue
// dropped from the data stays, since positions may name it.
import type { PrismaClient } from "@/server/db/generated/client";
import { loadVenueRows, type VenueRow } from "./load/venue-catalog";

/** Text arrays travel as one text per row: slugs and chain names never contain U+001F. */
const SEP = "\u001f";
const list = (items: readonly string[]) => items.join(SEP);

export async function seedVenues(db: PrismaClient, rows: VenueRow[] = loadVenueRows()): Promise<{ venues: number; changed: number }> {
  const col = <V>(pick: (r: VenueRow) => V) => rows.map(pick);
  const changed = await db.$executeRaw`
    INSERT INTO "Venue" (slug, name, kind, "isFamily", children, family, category, chains, "otherChains", aliases, url,
                         "tvlUsd", "tvlRank", source, "asOf", "updatedAt")
    SELECT r.slug, r.name, r.kind::"VenueKind", r.is_family, string_to_array(r.children, ${SEP}), r.family, r.category,
           string_to_array(r.chains, ${SEP}), string_to_array(r.other_chains, ${SEP}), string_to_array(r.aliases, ${SEP}), r.url,
           r.tvl_usd::numeric, r.tvl_rank, r.source, r.as_of, now()
    FROM unnest(${col((r) => r.slug)}::text[], ${col((r) => r.name)}::text[], ${col((r) => r.kind)}::text[], ${col((r) => r.isFamily)}::boolean[],
                ${col((r) => list(r.children))}::text[], ${col((r) => r.family)}::text[], ${col((r) => r.category)}::text[],
                ${col((r) => list(r.chains))}::text[], ${col((r) => list(r.otherChains))}::text[], ${col((r) => list(r.aliases))}::text[],
                ${col((r) => r.url)}::text[], ${col((r) => r.tvlUsd)}::text[], ${col((r) => r.tvlRank)}::int[], ${col((r) => r.source)}::text[],
                ${col((r) => r.asOf)}::text[])
      AS r(slug, name, kind, is_family, children, family, category, chains, other_chains, aliases, url, tvl_usd, tvl_rank, source, as_of)
    ON CONFLICT (slug) DO UPDATE SET
      name = EXCLUDED.name, kind = EXCLUDED.kind, "isFamily" = EXCLUDED."isFamily", children = EXCLUDED.children, family = EXCLUDED.family,
      category = EXCLUDED.category, chains = EXCLUDED.chains, "otherChains" = EXCLUDED."otherChains", aliases = EXCLUDED.aliases,
      url = EXCLUDED.url, "tvlUsd" = EXCLUDED."tvlUsd", "tvlRank" = EXCLUDED."tvlRank", source = EXCLUDED.source, "asOf" = EXCLUDED."asOf",
      "updatedAt" = now()
    WHERE ("Venue".name, "Venue".kind, "Venue"."isFamily", "Venue".children, "Venue".family, "Venue".category, "Venue".chains,
           "Venue"."otherChains", "Venue".aliases, "Venue".url, "Venue"."tvlUsd", "Venue"."tvlRank", "Venue".source, "Venue"."asOf")
      IS DISTINCT FROM
          (EXCLUDED.name, EXCLUDED.kind, EXCLUDED."isFamily", EXCLUDED.children, EXCLUDED.family, EXCLUDED.category, EXCLUDED.chains,
           EXCLUDED."otherChains", EXCLUDED.aliases, EXCLUDED.url, EXCLUDED."tvlUsd", EXCLUDED."tvlRank", EXCLUDED.source, EXCLUDED."asOf")`;
  return { venues: rows.length, changed };
}
