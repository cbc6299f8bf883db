// Idempotent seed of the incident catalog (prisma/seed-data/incidents.json, a copy of
// shared/data/reference/incidents.json): every row validated first (a bad file writes nothing),
// venues resolved against the Venue table (seed venues first), then one bulk upsert by id.
// Unchanged rows are not written (updatedAt stays). Deletes nothing.
import type { PrismaClient } from "@/server/db/generated/client";
import { incidentRow, type IncidentRow, parseIncidentFile, describeProblem, type TIncidentFileRow } from "@/server/domain/incidents/incident-row";
import { incidentVenueResolver } from "@/server/domain/incidents/resolve-venue";
import { CatalogFileError, loadCatalogFile } from "./load/catalog-file";
import { z } from "zod";

export const INCIDENTS_FILE = "incidents.json";

/** Validates a parsed incident file; throws a CatalogFileError naming every bad row and field. */
export function validIncidentRows(json: unknown, file: string): TIncidentFileRow[] {
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) throw new CatalogFileError(file, parsed.problems.slice(0, 20).map(describeProblem));
  return parsed.rows;
}

export const loadIncidentFile = (): TIncidentFileRow[] => validIncidentRows(loadCatalogFile(z.unknown(), INCIDENTS_FILE), `prisma/seed-data/${INCIDENTS_FILE}`);

type Db = Pick<PrismaClient, "venue" | "$queryRawUnsafe">;

/** The file rows as Incident rows, venues resolved against the Venue table. */
export async function toIncidentRows(db: Db, rows: readonly TIncidentFileRow[]): Promise<IncidentRow[]> {
  const venues = await db.venue.findMany({ select: { slug: true, name: true, isFamily: true, aliases: true } });
  const resolve = incidentVenueResolver(venues);
  return rows.map((r) => incidentRow(r, resolve));
}

const COLUMNS = [
  ["id", "text"], ["date", "date"], ["venueName", "text"], ["venueSlug", "text"], ["chains", "text[]"], ["kind", '"CoverageType"'],
  ["lossUsd", "numeric"], ["lossText", "text"], ["rootCause", "text"], ["references", "text[]"], ["sourceLabel", "text"],
  ["sourceUrl", "text"], ["sourceLicense", "text"], ["asOf", "text"],
] as const satisfies readonly (readonly [keyof IncidentRow, string])[];

const q = (c: string) => `"${c}"`;
const UPDATED = COLUMNS.map(([c]) => c).filter((c) => c !== "id");
const UPSERT_SQL = `
  INSERT INTO "Incident" (${[...COLUMNS.map(([c]) => q(c)), q("createdAt"), q("updatedAt")].join(", ")})
  SELECT ${[...COLUMNS.map(([c]) => `r.${q(c)}`), "now()", "now()"].join(", ")}
  FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS.map(([c, t]) => `${q(c)} ${t}`).join(", ")})
  ON CONFLICT ("id") DO UPDATE SET
    ${UPDATED.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}, "updatedAt" = now()
  WHERE (${UPDATED.map((c) => `"Incident".${q(c)}`).join(", ")}) IS DISTINCT FROM (${UPDATED.map((c) => `EXCLUDED.${q(c)}`).join(", ")})
  RETURNING (xmax = 0) AS inserted`;

export type UpsertCounts = { added: number; updated: number; skipped: number };

/** One statement: new ids added, changed rows updated, unchanged rows skipped (not written). */
export async function upsertIncidents(db: Pick<PrismaClient, "$queryRawUnsafe">, rows: readonly IncidentRow[]): Promise<UpsertCounts> {
  if (rows.length === 0) return { added: 0, updated: 0, skipped: 0 };
  const ids = rows.map((r) => r.id);
  if (new Set(ids).size !== ids.length) throw new Error("upsertIncidents: duplicate incident ids");
  const written = await db.$queryRawUnsafe<{ inserted: boolean }[]>(UPSERT_SQL, JSON.stringify(rows));
  const added = written.filter((w) => w.inserted).length;
  return { added, updated: written.length - added, skipped: rows.length - written.length };
}

export type SeedIncidentsResult = { incidents: number; resolved: number; unresolved: number; changed: number };

export async function seedIncidents(db: PrismaClient, rows: readonly TIncidentFileRow[] = loadIncidentFile()): Promise<SeedIncidentsResult> {
  const incidents = await toIncidentRows(db, rows);
  const counts = await upsertIncidents(db, incidents);
  const resolved = incidents.filter((r) => r.venueSlug !== null).length;
  return { incidents: incidents.length, resolved, unresolved: incidents.length - resolved, changed: counts.added + counts.updated };
}
