import type { PrismaClient } from "@/server/db/generated/client";
import { addDays } from "@/lib/format/calendar";
import { INCIDENT_LOOKBACK_DEFAULT } from "@/lib/schemas/settings";
import { buildAlerts, type Alert } from "@/server/domain/alerts";
import { listIncidents } from "@/server/repositories/incident-repository";
import { day as dayOf } from "@/server/repositories/mappers";
import { SizingRepository } from "@/server/repositories/sizing-repository";
import { venueCatalog } from "@/server/repositories/venue-repository";
import { hitsWithin, incidentVenues } from "./incident-alerts";
import { toSummary } from "./summary-mapping";
import { venueNameMap } from "./venue-names";

export type PortfolioAlert = { alert: Alert; portfolio: { id: string; name: string } };

export type AlertUser = { id: string; name: string; email: string };

/** Incidents read for a batch: enough for every portfolio's 200 most recent within its window. */
const MAX_BATCH_INCIDENTS = 20_000;

/**
 * Every alert of every portfolio of each user on their day, acknowledgements marked: the same
 * pure module the dashboard uses (DESIGN §12), so an e-mail never says what the dashboard does
 * not. Six queries for the whole batch, however many users and portfolios it holds.
 */
export async function alertsOfUsers(
  db: PrismaClient, dayOfUser: ReadonlyMap<string, string>,
): Promise<Map<string, { user: AlertUser; alerts: PortfolioAlert[] }>> {
  const userIds = [...dayOfUser.keys()];
  const days = [...dayOfUser.values()].sort();
  const [users, portfolios, catalog, venueNames] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true, targetRatio: true, incidentLookbackDays: true } }),
    // Every portfolio each user is a member of, whatever the role: a viewer is told too.
    db.portfolioMember.findMany({
      where: { userId: { in: userIds } },
      select: { userId: true, portfolio: { select: { id: true, name: true } } },
      orderBy: [{ portfolio: { createdAt: "asc" } }, { portfolioId: "asc" }],
    }).then((rows) => rows.map((r) => ({ userId: r.userId, ...r.portfolio }))),
    venueCatalog(db),
    venueNameMap(db),
  ]);
  const portfolioIds = [...new Set(portfolios.map((p) => p.id))];
  const repo = new SizingRepository(db);
  const longest = Math.max(INCIDENT_LOOKBACK_DEFAULT, ...users.map((u) => u.incidentLookbackDays ?? INCIDENT_LOOKBACK_DEFAULT));
  const [positions, covers, acks] = await Promise.all([
    repo.positionsOf(portfolioIds),
    repo.coversOf(portfolioIds, false),
    db.alertAck.findMany({ where: { portfolioId: { in: portfolioIds }, until: { gte: new Date(`${days[0]}T00:00:00Z`) } }, select: { portfolioId: true, alertKey: true, until: true } }),
  ]);
  const venues = incidentVenues(positions, catalog);
  const incidents = venues.length === 0 ? [] : await listIncidents(db, { venueSlugs: venues, from: addDays(days[0]!, -longest), to: days[days.length - 1] }, MAX_BATCH_INCIDENTS);

  const positionsOf = groupBy(positions, (r) => r.portfolioId);
  const coversOf = groupBy(covers, (r) => r.portfolioId);
  const acksOf = groupBy(acks, (a) => a.portfolioId);
  const result = new Map<string, { user: AlertUser; alerts: PortfolioAlert[] }>();
  for (const u of users) result.set(u.id, { user: { id: u.id, name: u.name, email: u.email }, alerts: [] });
  const userById = new Map(users.map((u) => [u.id, u]));
  for (const p of portfolios) {
    const u = userById.get(p.userId);
    const entry = result.get(p.userId);
    const asOf = dayOfUser.get(p.userId);
    if (!u || !entry || !asOf) continue;
    const summary = toSummary({
      portfolio: { id: p.id, name: p.name }, asOf, targetRatio: u.targetRatio.toNumber(), includeDrafts: false,
      positionRows: positionsOf.get(p.id) ?? [], coverRows: coversOf.get(p.id) ?? [], venueNames,
    });
    const teamAcks = (acksOf.get(p.id) ?? []).map((a) => ({ key: a.alertKey, until: dayOf(a.until) })).filter((a) => a.until >= asOf);
    const hits = hitsWithin(incidents, summary, u.incidentLookbackDays ?? INCIDENT_LOOKBACK_DEFAULT, catalog);
    for (const alert of buildAlerts(summary, teamAcks, hits)) entry.alerts.push({ alert, portfolio: { id: p.id, name: p.name } });
  }
  return result;
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
