import type { PrismaClient } from "@/server/db/generated/client";
import type { TSummary } from "@/lib/schemas/summary";
import { addDays, riskLabel } from "@/lib/format/calendar";
import type { IncidentHit } from "@/server/domain/alerts/types";
import { incidentAffects } from "@/server/domain/incidents/affects";
import { listIncidents, type IncidentRecord } from "@/server/repositories/incident-repository";
import { venueCatalog } from "@/server/repositories/venue-repository";

const MAX_INCIDENTS = 200;

type VenueCatalog = Awaited<ReturnType<typeof venueCatalog>>;

/** The venues whose incidents can hit these positions: their own, and their families'. */
export function incidentVenues(positions: readonly { venue: string }[], catalog: VenueCatalog): string[] {
  const familyOf = new Map(catalog.flatMap((v) => (v.family ? [[v.slug, v.family] as const] : [])));
  return [...new Set(positions.flatMap((p) => [p.venue, ...(familyOf.has(p.venue) ? [familyOf.get(p.venue)!] : [])]))];
}

/** The incidents of the look-back window (the user's incidentLookbackDays) before the summary's day that hit its positions, newest first. */
export async function incidentHits(db: PrismaClient, summary: TSummary, lookbackDays: number): Promise<IncidentHit[]> {
  const catalog = await venueCatalog(db);
  const venues = incidentVenues(summary.positions, catalog);
  if (venues.length === 0) return [];
  const incidents = await listIncidents(db, { venueSlugs: venues, from: addDays(summary.asOf, -lookbackDays), to: summary.asOf }, MAX_INCIDENTS);
  return hitsAmong(incidents, summary, catalog);
}

/**
 * Of incidents read for many portfolios at once (newest first, a window covering each one's), those
 * in this summary's look-back window that hit its positions: what incidentHits gives, without a query.
 */
export function hitsWithin(incidents: readonly IncidentRecord[], summary: TSummary, lookbackDays: number, catalog: VenueCatalog): IncidentHit[] {
  const from = addDays(summary.asOf, -lookbackDays);
  const venues = new Set(incidentVenues(summary.positions, catalog));
  const inWindow = incidents.filter((i) => i.venueSlug !== null && venues.has(i.venueSlug) && i.date >= from && i.date <= summary.asOf);
  return hitsAmong(inWindow.slice(0, MAX_INCIDENTS), summary, catalog);
}

function hitsAmong(incidents: readonly IncidentRecord[], summary: TSummary, catalog: VenueCatalog): IncidentHit[] {
  const familyOf = new Map(catalog.flatMap((v) => (v.family ? [[v.slug, v.family] as const] : [])));
  const names = new Map(catalog.map((v) => [v.slug, v.name]));
  return incidents.flatMap((i) => {
    const hit = summary.positions.filter((p) => incidentAffects(i, { venue: p.venue, chain: p.chain, risks: p.risks.map((r) => r.risk) }, familyOf));
    if (hit.length === 0) return [];
    return [{
      id: i.id, date: i.date, venue: (i.venueSlug && names.get(i.venueSlug)) || i.venueName, kindLabel: riskLabel(i.kind),
      positions: hit.map((p) => ({ id: p.id, label: p.label, uninsuredUsd: p.uninsuredUsd })),
    }];
  });
}
