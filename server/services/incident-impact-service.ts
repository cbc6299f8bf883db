// incident.forPortfolio (DESIGN §11): the incidents of the last days that hit a portfolio's
// positions, each position sized on the incident day, and per cover that counted then, the last
// day to file and what to gather.
import type { PrismaClient } from "@/server/db/generated/client";
import type { TIncidentImpact, TIncidentImpactInput } from "@/lib/schemas/incident";
import { addDays } from "@/lib/format/calendar";
import { incidentAffects } from "@/server/domain/incidents/affects";
import { claimDeadline } from "@/server/domain/incidents/claim-deadline";
import { evidenceChecklist } from "@/server/domain/incidents/evidence";
import type { ClaimsModel } from "@/server/domain/recommend/types";
import { coverClaimTerms, listIncidents } from "@/server/repositories/incident-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { SizingRepository, type SizingCoverRow, type SizingPositionRow } from "@/server/repositories/sizing-repository";
import { risksOf } from "@/server/domain/sizing/risks";
import { venueCatalog } from "@/server/repositories/venue-repository";
import { toIncident } from "./incident-service";
import { requirePortfolioMember } from "./portfolio-service";
import { getSettings } from "./settings-service";
import { toSizingPosition, toSummary } from "./summary-mapping";

/** More incidents than this on one portfolio's venues in the window would be a catalog error, not news. */
const MAX_INCIDENTS = 200;

/**
 * Only what an incident touched is sized: its positions and every position sharing a cover with
 * them (a cover's amount is split among the positions it is linked to, so those decide what it
 * paid). Rows are read once; each incident day is one pure sizing of that small subset.
 */
export function affectedSubset(positionRows: readonly SizingPositionRow[], coverRows: readonly SizingCoverRow[], hit: ReadonlySet<string>) {
  const covers = coverRows.filter((c) => c.positionIds.some((id) => hit.has(id)));
  const ids = new Set([...hit, ...covers.flatMap((c) => c.positionIds)]);
  return { positionRows: positionRows.filter((p) => ids.has(p.id)), coverRows: covers };
}

export async function incidentsForPortfolio(db: PrismaClient, userId: string, input: TIncidentImpactInput): Promise<TIncidentImpact> {
  await requirePortfolioMember(db, userId, input.portfolioId);
  const asOf = input.asOf ?? todayUtc();
  const repo = new SizingRepository(db);
  const [settings, catalog, positionRows, coverRows, portfolio] = await Promise.all([
    getSettings(db, userId), venueCatalog(db), repo.positions(input.portfolioId), repo.covers(input.portfolioId, false),
    db.portfolio.findFirstOrThrow({ where: { id: input.portfolioId }, select: { id: true, name: true } }),
  ]);
  const lookbackDays = input.lookbackDays ?? settings.incidentLookbackDays;
  const familyOf = new Map(catalog.flatMap((v) => (v.family ? [[v.slug, v.family] as const] : [])));
  const names = new Map(catalog.map((v) => [v.slug, v.name]));
  const venues = [...new Set(positionRows.flatMap((p) => [p.venue, ...(familyOf.has(p.venue) ? [familyOf.get(p.venue)!] : [])]))];
  const empty = { portfolioId: input.portfolioId, asOf, lookbackDays, incidents: [] };
  if (venues.length === 0) return empty;
  const candidates = await listIncidents(db, { venueSlugs: venues, from: addDays(asOf, -lookbackDays), to: asOf }, MAX_INCIDENTS);
  const risksById = new Map(positionRows.map((p) => [p.id, risksOf(toSizingPosition(p))]));
  const hits = candidates
    .map((incident) => ({
      incident,
      positions: positionRows.filter((p) => incidentAffects(incident, { venue: p.venue, chain: p.chain, risks: risksById.get(p.id)! }, familyOf)),
    }))
    .filter((h) => h.positions.length > 0);
  if (hits.length === 0) return empty;

  // The sizing on each incident day, of what it touched: what counted then, not what counts today.
  const sized = hits.map((h) => toSummary({
    portfolio, asOf: h.incident.date, targetRatio: settings.targetRatio, includeDrafts: false, venueNames: names,
    ...affectedSubset(positionRows, coverRows, new Set(h.positions.map((p) => p.id))),
  }));
  const coverIds = new Set(sized.flatMap((s, i) => s.positions
    .filter((p) => hits[i]!.positions.some((x) => x.id === p.id))
    .flatMap((p) => p.risks.filter((r) => r.risk === hits[i]!.incident.kind).flatMap((r) => r.covers.map((c) => c.coverId)))));
  const terms = await coverClaimTerms(db, [...coverIds]);

  return {
    ...empty,
    incidents: hits.map((h, i) => {
      const day = sized[i]!;
      const coverById = new Map(day.covers.map((c) => [c.id, c]));
      return {
        incident: toIncident(h.incident, names),
        positions: h.positions.map((p) => {
          const then = day.positions.find((x) => x.id === p.id);
          const risk = then?.risks.find((r) => r.risk === h.incident.kind);
          return {
            positionId: p.id, label: p.label, chain: p.chain,
            exposureUsd: risk?.exposureUsd ?? "0.00", insuredUsd: risk?.insuredUsd ?? "0.00", uninsuredUsd: risk?.uninsuredUsd ?? "0.00",
            covers: (risk?.covers ?? []).flatMap((share) => {
              const cover = coverById.get(share.coverId);
              if (!cover) return [];
              const t = terms.get(share.coverId) ?? { claimWindowDays: null, claimsModel: null };
              const deadline = claimDeadline({ expiresAt: cover.expiresAt, claimWindowDays: t.claimWindowDays }, h.incident.date, asOf);
              return [{
                coverId: cover.id, name: cover.name, providerName: cover.providerName, amountUsd: cover.amountUsd, paysUsd: share.payUsd,
                expiresAt: cover.expiresAt, claimWindowDays: t.claimWindowDays, lastDayToFile: deadline.lastDay, daysLeft: deadline.daysLeft,
                claimsModel: t.claimsModel, evidence: evidenceChecklist(t.claimsModel as ClaimsModel | null),
              }];
            }),
          };
        }),
      };
    }),
  };
}
