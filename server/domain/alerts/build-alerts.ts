import { compareUsd, formatDay } from "@/lib/format/calendar";
import { formatRatio } from "@/lib/format/money";
import { alertKeyOf, POSITION_ALERT_CODES, type TAlertAck, type TPositionAlertCode } from "@/lib/schemas/alert";
import type { TSummary, TSummaryCover, TSummaryPosition } from "@/lib/schemas/summary";
import { describeFlag, flagContextOf, wastedRisks } from "./flag-copy";
import { Decimal, formatMoney, sumMoney } from "@/server/domain/money";
import { ALERT_ORDER, SEVERITY, type Alert, type AlertSeverity, type IncidentHit } from "./types";

/** Any flag's place in the urgency order; flags that are not alerts (not started, no cover market) come last. */
export function flagRank(code: string): number {
  const rank = (ALERT_ORDER as readonly string[]).indexOf(code);
  return rank === -1 ? ALERT_ORDER.length : rank;
}

export function severityOf(code: string): AlertSeverity {
  return code in SEVERITY ? SEVERITY[code as keyof typeof SEVERITY] : "notice";
}

function isAlertCode(code: string): code is TPositionAlertCode {
  return (POSITION_ALERT_CODES as readonly string[]).includes(code);
}

function coverRefs(ids: readonly string[], coversById: ReadonlyMap<string, TSummaryCover>): Alert["covers"] {
  return ids.flatMap((id) => {
    const c = coversById.get(id);
    return c ? [{ id, name: c.providerName ? `${c.providerName} ${c.name}` : c.name }] : [];
  });
}

function positionAlerts(summary: TSummary, p: TSummaryPosition, acks: ReadonlyMap<string, string>): Alert[] {
  const ctx = flagContextOf(summary);
  return p.flags.flatMap((flag) => {
    if (!isAlertCode(flag.code)) return [];
    const key = alertKeyOf({ portfolioId: summary.portfolio.id, positionId: p.id, code: flag.code });
    return [{
      key, code: flag.code, severity: SEVERITY[flag.code], portfolioId: summary.portfolio.id, ...describeFlag(p, flag, ctx),
      positions: [{ id: p.id, label: p.label }], covers: coverRefs(flag.coverIds, ctx.coversById),
      until: flag.until ?? null, acknowledgedUntil: acks.get(key) ?? null,
      amountUsd: flag.code === "over_insured" ? wastedRisks(p).largestUsd : p.uninsuredUsd,
    }];
  });
}

function concentrationAlerts(summary: TSummary, acks: ReadonlyMap<string, string>): Alert[] {
  return summary.portfolioFlags.map((flag) => {
    const key = alertKeyOf({ portfolioId: summary.portfolio.id, providerKey: flag.key, code: "provider_concentration" });
    return {
      key, code: "provider_concentration", severity: SEVERITY.provider_concentration, portfolioId: summary.portfolio.id,
      title: `${formatRatio(flag.share)} of your cover is with ${flag.label}`,
      detail: `More than half of the insured total depends on ${flag.label}. If it cannot pay or disputes a claim, most of your cover goes with it; consider spreading new cover across providers.`,
      positions: [], covers: [], until: null, acknowledgedUntil: acks.get(key) ?? null, amountUsd: "0.00",
    };
  });
}

/**
 * DESIGN §11: an incident on a venue the portfolio holds, within the look-back window. The claim
 * deadlines depend on each cover's terms; the alert sends the treasurer to the Incidents tab for them.
 */
function incidentAlerts(summary: TSummary, hits: readonly IncidentHit[], acks: ReadonlyMap<string, string>): Alert[] {
  return hits.map((hit) => {
    const key = alertKeyOf({ portfolioId: summary.portfolio.id, incidentId: hit.id, code: "incident" });
    const n = hit.positions.length;
    const uninsured = sumMoney(hit.positions.map((p) => new Decimal(p.uninsuredUsd)));
    return {
      key, code: "incident", severity: SEVERITY.incident, portfolioId: summary.portfolio.id,
      title: `${hit.venue}: ${hit.kindLabel.toLowerCase()} on ${formatDay(hit.date)} hit ${n === 1 ? hit.positions[0]!.label : `${n} positions`}`,
      detail: "Check which covers counted that day and the last day to file a claim on each, on the portfolio's Incidents tab. Cover bought now will not pay for this incident.",
      positions: hit.positions.map((p) => ({ id: p.id, label: p.label })), covers: [],
      until: null, acknowledgedUntil: acks.get(key) ?? null, amountUsd: formatMoney(uninsured),
    };
  });
}

/** Within a kind: the nearest deadline first, then the most money at stake, then by name. */
export function compareAlerts(a: Alert, b: Alert): number {
  const byCode = ALERT_ORDER.indexOf(a.code) - ALERT_ORDER.indexOf(b.code);
  if (byCode !== 0) return byCode;
  if (a.until && b.until && a.until !== b.until) return a.until < b.until ? -1 : 1;
  const byAmount = compareUsd(b.amountUsd, a.amountUsd);
  if (byAmount !== 0) return byAmount;
  return (a.positions[0]?.label ?? a.title).localeCompare(b.positions[0]?.label ?? b.title);
}

/** The portfolio's alerts from its sizing result and the incidents that hit it, most urgent first, each marked with its acknowledgement if any. */
export function buildAlerts(summary: TSummary, acks: readonly TAlertAck[], incidents: readonly IncidentHit[] = []): Alert[] {
  const ackUntil = new Map(acks.map((a) => [a.key, a.until]));
  const alerts = [
    ...incidentAlerts(summary, incidents, ackUntil),
    ...summary.positions.flatMap((p) => positionAlerts(summary, p, ackUntil)),
    ...concentrationAlerts(summary, ackUntil),
  ];
  return alerts.sort(compareAlerts);
}

/** The same alerts marked with the acknowledgements in force (a new array; the input is left as it is). */
export function withAcks(alerts: readonly Alert[], acks: readonly TAlertAck[]): Alert[] {
  const ackUntil = new Map(acks.map((a) => [a.key, a.until]));
  return alerts.map((a) => {
    const until = ackUntil.get(a.key) ?? null;
    return until === a.acknowledgedUntil ? a : { ...a, acknowledgedUntil: until };
  });
}

/** Acknowledged alerts stay hidden up to and including the acknowledged day. */
export function isAcknowledged(alert: Pick<Alert, "acknowledgedUntil">, today: string): boolean {
  return alert.acknowledgedUntil !== null && alert.acknowledgedUntil >= today;
}
