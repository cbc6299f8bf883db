// incident.list: the incident catalog filtered, newest first, keyset-paged by an opaque cursor.
import type { TIncident, TIncidentList, TIncidentListInput } from "@/lib/schemas/incident";
import { badInput } from "@/server/api/errors";
import type { PrismaClient } from "@/server/db/generated/client";
import { countIncidents, type IncidentFilters, type IncidentKey, type IncidentRecord, listIncidents } from "@/server/repositories/incident-repository";
import { venueCatalog } from "@/server/repositories/venue-repository";

export const INCIDENT_PAGE_DEFAULT = 25;

export const encodeIncidentCursor = (key: IncidentKey) => Buffer.from(`${key.date}|${key.id}`, "utf8").toString("base64url");

/** The key a cursor carries, or null when it is not one of ours. */
export function decodeIncidentCursor(cursor: string): IncidentKey | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(cursor)) return null;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^(\d{4}-\d{2}-\d{2})\|([a-z0-9][a-z0-9._-]{0,119})$/.exec(text);
  if (!m) return null;
  const date = m[1]!;
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) return null;
  return { date, id: m[2]! };
}

export const toIncident = (r: IncidentRecord, names: ReadonlyMap<string, string>): TIncident => ({
  id: r.id,
  date: r.date,
  venueName: r.venueName,
  venueSlug: r.venueSlug,
  venueCatalogName: r.venueSlug ? (names.get(r.venueSlug) ?? null) : null,
  chains: r.chains,
  kind: r.kind,
  lossUsd: r.lossUsd,
  lossText: r.lossText,
  rootCause: r.rootCause,
  references: r.references,
  source: { label: r.sourceLabel, url: r.sourceUrl, license: r.sourceLicense },
  asOf: r.asOf,
});

export async function listIncidentPage(db: PrismaClient, input: TIncidentListInput): Promise<TIncidentList> {
  const after = input.cursor === undefined ? undefined : decodeIncidentCursor(input.cursor);
  if (after === null) throw badInput("cursor", "Not a valid cursor: start again from the first page");
  const catalog = await venueCatalog(db);
  const names = new Map(catalog.map((v) => [v.slug, v.name]));
  let venueSlugs: string[] | undefined;
  if (input.venue) {
    const slug = input.venue.toLowerCase();
    const venue = catalog.find((v) => v.slug === slug);
    venueSlugs = venue?.isFamily ? [venue.slug, ...venue.children] : [slug];
  }
  const filters: IncidentFilters = { q: input.q || undefined, venueSlugs, chain: input.chain?.toLowerCase(), kind: input.kind, from: input.from, to: input.to };
  const limit = input.limit ?? INCIDENT_PAGE_DEFAULT;
  const [rows, total] = await Promise.all([listIncidents(db, filters, limit + 1, after), countIncidents(db, filters)]);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => toIncident(r, names)),
    nextCursor: rows.length > limit && last ? encodeIncidentCursor({ date: last.date, id: last.id }) : null,
    total,
  };
}
