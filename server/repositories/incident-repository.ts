// Reads of the incident catalog: one filtered, keyset-paged statement and its count.
import type { IncidentRow } from "@/server/domain/incidents/incident-row";
import { Prisma, type PrismaClient } from "@/server/db/generated/client";
import type { CoverageType } from "@/server/db/generated/enums";

export type IncidentFilters = {
  /** Already a LIKE-safe text; matched case-insensitively against the venue name, slug and root cause. */
  q?: string;
  /** Any of these venue slugs (a venue, or a family and its children). */
  venueSlugs?: readonly string[];
  /** Incidents on this chain, or with no chain at all. */
  chain?: string;
  kind?: CoverageType;
  from?: string;
  to?: string;
};

export type IncidentKey = { date: string; id: string };

/** An Incident as read: the same shape as written (server/domain/incidents/incident-row.ts). */
export type IncidentRecord = IncidentRow;

/** `%`, `_` and `\` match themselves. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: IncidentFilters, after?: IncidentKey): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (f.q) {
    const pattern = `%${likeEscape(f.q)}%`;
    parts.push(Prisma.sql`("venueName" ILIKE ${pattern} ESCAPE '\\' OR "venueSlug" ILIKE ${pattern} ESCAPE '\\' OR "rootCause" ILIKE ${pattern} ESCAPE '\\')`);
  }
  if (f.venueSlugs) parts.push(Prisma.sql`"venueSlug" = ANY(${[...f.venueSlugs]}::text[])`);
  if (f.chain) parts.push(Prisma.sql`(${f.chain} = ANY("chains") OR cardinality("chains") = 0)`);
  if (f.kind) parts.push(Prisma.sql`"kind" = ${f.kind}::"CoverageType"`);
  if (f.from) parts.push(Prisma.sql`"date" >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`"date" <= ${f.to}::date`);
  if (after) parts.push(Prisma.sql`("date", "id") < (${after.date}::date, ${after.id})`);
  return Prisma.join(parts, " AND ");
}

/** Newest first by (date, id), after the key when given. */
export function listIncidents(db: PrismaClient, f: IncidentFilters, limit: number, after?: IncidentKey): Promise<IncidentRecord[]> {
  return db.$queryRaw<IncidentRecord[]>`
    SELECT "id", to_char("date", 'YYYY-MM-DD') AS "date", "venueName", "venueSlug", "chains", "kind"::text AS "kind",
           "lossUsd"::text AS "lossUsd", "lossText", "rootCause", "references", "sourceLabel", "sourceUrl", "sourceLicense", "asOf"
    FROM "Incident"
    WHERE ${whereOf(f, after)}
    ORDER BY "date" DESC, "id" DESC
    LIMIT ${limit}`;
}

export async function countIncidents(db: PrismaClient, f: IncidentFilters): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Incident" WHERE ${whereOf(f)}`;
  return rows[0]?.n ?? 0;
}

/**
 * Of the given venue slugs, those hit by an incident on or after `since`: an incident on the venue
 * itself or on its family ("curve" for curve-dex). Recommendations warn that cover bought now will
 * not pay for it.
 */
export async function venuesHitSince(db: PrismaClient, venues: readonly string[], since: string): Promise<string[]> {
  if (venues.length === 0) return [];
  const rows = await db.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT v.slug
    FROM unnest(${[...new Set(venues)]}::text[]) AS v(slug)
    LEFT JOIN "Venue" ven ON ven.slug = v.slug
    JOIN "Incident" i ON (i."venueSlug" = v.slug OR (ven.family IS NOT NULL AND i."venueSlug" = ven.family))
    WHERE i."date" >= ${since}::date`;
  return rows.map((r) => r.slug);
}

/** What a claim on each cover needs: its claim window (the cover's own, else its product's) and who decides (product, else provider). */
export async function coverClaimTerms(
  db: PrismaClient, coverIds: readonly string[],
): Promise<Map<string, { claimWindowDays: number | null; claimsModel: string | null }>> {
  if (coverIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; claimWindowDays: number | null; claimsModel: string | null }[]>`
    SELECT c.id, coalesce(c."claimWindowDays", cp."claimWindowDays") AS "claimWindowDays",
           coalesce(cp."claimsModel", pr."claimsModel")::text AS "claimsModel"
    FROM "Cover" c
    LEFT JOIN "CoverProduct" cp ON cp.id = c."productId"
    LEFT JOIN "Provider" pr ON pr.id = cp."providerId" OR (cp.id IS NULL AND pr.slug = c."providerSlug")
    WHERE c.id = ANY(${[...coverIds]}::text[])`;
  return new Map(rows.map((r) => [r.id, { claimWindowDays: r.claimWindowDays, claimsModel: r.claimsModel }]));
}
