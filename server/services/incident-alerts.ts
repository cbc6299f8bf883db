import type { PrismaClient } from "@/server/db/generated/client";
import type { TSummary } from "@/lib/schemas/summary";
import { addDays, riskLabel } from "@/lib/format/calendar";
import type { IncidentHit } from "@/server/domain/alerts/types";
import { incidentAffects } from "@/server/domain/incidents/affects";
import { listIncidents } from "@/server/repositories/incident-repository";
import { venueCatalog } from "@/server/repositories/venue-repository";

const MAX_INCIDENTS = 200;

/** The incidents of the look-back window (the user's incidentLookbackDays) before the summary's day that hit its positions, newest first. */
export async function incidentHits(db: PrismaClient, summary: TSummary, lookbackDays: number): Promise<IncidentHit[]> {
  const catalog = await venueCatalog(db);
  const familyOf = new Map(catalog.flatMap((v) => (v.family ? [[v.slug, v.family] as const] : [])));
  const names = new Map(catalog.map((v) => [v.slug, v.name]));
  const venues = [...new Set(summary.positions.flatMap((p) => [p.venue, ...(familyOf.has(p.venue) ? [familyOf.get(p.venue)!] : [])]))];
  if (venues.length === 0) return [];
  const incidents = await listIncidents(db, { venueSlugs: venues, from: addDays(summary.asOf, -lookbackDays), to: summary.asOf }, MAX_INCIDENTS);
  return incidents.flatMap((i) => {
    const hit = summary.positions.filter((p) => incidentAffects(i, { venue: p.venue, chain: p.chain, risks: p.risks.map((r) => r.risk) }, familyOf));
    if (hit.length === 0) return [];
    return [{
      id: i.id, date: i.date, venue: (i.venueSlug && names.get(i.venueSlug)) || i.venueName, kindLabel: riskLabel(i.kind),
      positions: hit.map((p) => ({ id: p.id, label: p.label, uninsuredUsd: p.uninsuredUsd })),
    }];
  });
}
