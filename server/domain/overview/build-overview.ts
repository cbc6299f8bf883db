import type { TAlertAck } from "@/lib/schemas/alert";
import type { TOverview } from "@/lib/schemas/overview";
import type { TSummary } from "@/lib/schemas/summary";
import { buildAlerts, groupAlerts, withAcks, type Alert } from "@/server/domain/alerts";
import type { IncidentHit } from "@/server/domain/alerts/types";
import { cliffEvents } from "./cliff-events";
import { foldRows } from "./fold-rows";

/** Bars a phone can read; the same rows make the table beside each chart. */
export const BREAKDOWN_ROWS = 8;
/** Positions shown inside each alert group before "and n more". */
export const ALERTS_PER_GROUP = 3;

/** Everything of the overview that the acknowledgements do not change: what can be kept while the portfolio does not change. */
export type OverviewBase = { overview: Omit<TOverview, "alerts">; alerts: Alert[] };

export function overviewBase(summary: TSummary, incidents: readonly IncidentHit[] = []): OverviewBase {
  const { breakdowns: b } = summary;
  return {
    overview: {
      portfolio: summary.portfolio,
      asOf: summary.asOf,
      targetRatio: summary.targetRatio,
      counts: {
        positions: summary.positions.length,
        covers: summary.covers.length,
        coversInForce: summary.covers.filter((c) => c.status === "held" && c.startsAt <= summary.asOf && c.expiresAt > summary.asOf).length,
      },
      totals: summary.totals,
      breakdowns: {
        byProvider: foldRows(b.byProvider, BREAKDOWN_ROWS, "insured"),
        byChain: foldRows(b.byChain, BREAKDOWN_ROWS),
        byVenue: foldRows(b.byVenue, BREAKDOWN_ROWS),
        byVenueKind: foldRows(b.byVenueKind, BREAKDOWN_ROWS),
        byRisk: foldRows(b.byRisk, BREAKDOWN_ROWS),
      },
      cliff: { points: summary.timeline, events: cliffEvents(summary) },
    },
    alerts: buildAlerts(summary, [], incidents),
  };
}

/** The base with the caller's acknowledgements applied and the alerts grouped, as judged today. */
export function completeOverview(base: OverviewBase, acks: readonly TAlertAck[], today: string): TOverview {
  const grouped = groupAlerts(withAcks(base.alerts, acks), { today, asOf: base.overview.asOf, perGroup: ALERTS_PER_GROUP });
  return { ...base.overview, alerts: { asOf: base.overview.asOf, ...grouped } };
}

/** The dashboard's figures from the sizing result: totals, folded breakdowns, grouped alerts, the cover cliff and counts. */
export function buildOverview(summary: TSummary, acks: readonly TAlertAck[], today: string): TOverview {
  return completeOverview(overviewBase(summary), acks, today);
}
