import { formatRatio } from "@/lib/format/money";
import { alertKeyOf, POSITION_ALERT_CODES, type TAlertAck, type TAlertCode, type TPositionAlertCode } from "@/lib/schemas/alert";
import type { TSummary, TSummaryPosition } from "@/lib/schemas/summary";
import { describeFlag, flagContextOf, wastedRisks } from "./flag-copy";
import { compareUsd } from "./format";

export type AlertSeverity = "urgent" | "warning" | "notice";

export type DashboardAlert = {
  key: string;
  code: TAlertCode;
  severity: AlertSeverity;
  title: string;
  detail: string;
  /** Null for portfolio-wide alerts. */
  position: { id: string; label: string } | null;
  /** The date that makes it urgent (expiry, last day to claim), if any. */
  until: string | null;
  acknowledgedUntil: string | null;
};

/** Most urgent first: a deadline beats a gap, a gap beats waste or a mismatch. */
export const ALERT_ORDER: readonly TAlertCode[] = [
  "expiring_soon", "expired", "claim_window_open", "uninsured", "under_insured", "over_insured", "scope_mismatch", "provider_concentration",
];

const SEVERITY: Record<TAlertCode, AlertSeverity> = {
  expiring_soon: "urgent", expired: "urgent", claim_window_open: "urgent",
  uninsured: "warning", under_insured: "warning",
  over_insured: "notice", scope_mismatch: "notice", provider_concentration: "notice",
};

type Ranked = DashboardAlert & { amountUsd: string };

/** Any flag's place in the urgency order; flags that are not alerts (not started, no cover market) come last. */
export function flagRank(code: string): number {
  const rank = (ALERT_ORDER as readonly string[]).indexOf(code);
  return rank === -1 ? ALERT_ORDER.length : rank;
}

export function severityOf(code: string): AlertSeverity {
  return code in SEVERITY ? SEVERITY[code as TAlertCode] : "notice";
}

function isAlertCode(code: string): code is TPositionAlertCode {
  return (POSITION_ALERT_CODES as readonly string[]).includes(code);
}

function positionAlerts(summary: TSummary, p: TSummaryPosition, acks: ReadonlyMap<string, string>): Ranked[] {
  const ctx = flagContextOf(summary);
  return p.flags.flatMap((flag) => {
    if (!isAlertCode(flag.code)) return [];
    const key = alertKeyOf({ portfolioId: summary.portfolio.id, positionId: p.id, code: flag.code });
    return [{
      key, code: flag.code, severity: SEVERITY[flag.code], ...describeFlag(p, flag, ctx),
      position: { id: p.id, label: p.label }, until: flag.until ?? null, acknowledgedUntil: acks.get(key) ?? null,
      amountUsd: flag.code === "over_insured" ? wastedRisks(p).largestUsd : p.uninsuredUsd,
    }];
  });
}

function concentrationAlerts(summary: TSummary, acks: ReadonlyMap<string, string>): Ranked[] {
  return summary.portfolioFlags.map((flag) => {
    const key = alertKeyOf({ portfolioId: summary.portfolio.id, providerKey: flag.key, code: "provider_concentration" });
    return {
      key, code: "provider_concentration", severity: SEVERITY.provider_concentration,
      title: `${formatRatio(flag.share)} of your cover is with ${flag.label}`,
      detail: `More than half of the insured total depends on ${flag.label}. If it cannot pay or disputes a claim, most of your cover goes with it; consider spreading new cover across providers.`,
      position: null, until: null, acknowledgedUntil: acks.get(key) ?? null, amountUsd: "0.00",
    };
  });
}

/** Within a kind: the nearest deadline first, then the most money at stake, then by name. */
function compareRanked(a: Ranked, b: Ranked): number {
  const byCode = ALERT_ORDER.indexOf(a.code) - ALERT_ORDER.indexOf(b.code);
  if (byCode !== 0) return byCode;
  if (a.until && b.until && a.until !== b.until) return a.until < b.until ? -1 : 1;
  const byAmount = compareUsd(b.amountUsd, a.amountUsd);
  if (byAmount !== 0) return byAmount;
  return (a.position?.label ?? a.title).localeCompare(b.position?.label ?? b.title);
}

function withoutRank(ranked: Ranked): DashboardAlert {
  const { key, code, severity, title, detail, position, until, acknowledgedUntil } = ranked;
  return { key, code, severity, title, detail, position, until, acknowledgedUntil };
}

/** The portfolio's alerts, most urgent first, each marked with its acknowledgement if any. */
export function buildAlerts(summary: TSummary, acks: readonly TAlertAck[]): DashboardAlert[] {
  const ackUntil = new Map(acks.map((a) => [a.key, a.until]));
  const ranked = [...summary.positions.flatMap((p) => positionAlerts(summary, p, ackUntil)), ...concentrationAlerts(summary, ackUntil)];
  return ranked.sort(compareRanked).map(withoutRank);
}

/** Hidden while acknowledged (up to and including the acknowledged date). */
export function visibleAlerts(alerts: readonly DashboardAlert[], today: string, showAcknowledged: boolean): DashboardAlert[] {
  return showAcknowledged ? [...alerts] : alerts.filter((a) => !isAcknowledged(a, today));
}

export function isAcknowledged(alert: DashboardAlert, today: string): boolean {
  return alert.acknowledgedUntil !== null && alert.acknowledgedUntil >= today;
}
