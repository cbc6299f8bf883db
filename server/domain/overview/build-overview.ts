import type { TAlertAck } from "@/lib/schemas/alert";
import type { TOverview } from "@/lib/schemas/overview";
import type { TSummary } from "@/lib/schemas/summary";
import { buildAlerts, groupAlerts } from "@/server/domain/alerts";
import { cliffEvents } from "./cliff-events";
import { foldRows } from "./fold-rows";

/** Bars a phone can read; the same rows make the table beside each chart. */
export const BREAKDOWN_ROWS = 8;
/** Positions shown inside each alert group before "and n more". */
export const ALERTS_PER_GROUP = 3;

/** The dashboard's figures from the sizing result: totals, folded breakdowns, grouped alerts, the cover cliff and counts. */
export function buildOverview(summary: TSummary, acks: readonly TAlertAck[], today: string): TOverview {
  const { breakdowns: b } = summary;
  const alerts = groupAlerts(buildAlerts(summary, acks), { today, asOf: summary.asOf, perGroup: ALERTS_PER_GROUP });
  return {
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
    alerts: { asOf: summary.asOf, ...alerts },
    cliff: { points: summary.timeline, events: cliffEvents(summary) },
  };
}
