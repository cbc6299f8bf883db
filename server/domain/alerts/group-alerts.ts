import { formatDay, relativeDays } from "@/lib/format/calendar";
import { formatUsd, formatUsdCompact } from "@/lib/format/money";
import type { TAlertCode } from "@/lib/schemas/alert";
import { Decimal, formatMoney, sumMoney } from "@/server/domain/money";
import { compareAlerts, isAcknowledged } from "./build-alerts";
import { ALERT_ORDER, SEVERITY, type Alert, type AlertSeverity } from "./types";

/** One row of the dashboard: every alert of one code, the urgent first. */
export type AlertGroup = {
  code: TAlertCode;
  severity: AlertSeverity;
  title: string;
  /** Alerts in the group (open ones, plus acknowledged ones when asked for). */
  count: number;
  /** Of those, how many are acknowledged today. */
  acknowledgedCount: number;
  /** Money at stake over the whole group (uninsured for gaps, beyond exposure for over-insurance); null where no sum applies. */
  totalUsd: string | null;
  /** The nearest deadline in the group. */
  until: string | null;
  /** The first few, most urgent first. */
  alerts: Alert[];
};

export type GroupedAlerts = { groups: AlertGroup[]; openCount: number; acknowledgedCount: number };

/** Codes whose money adds up across positions; for the others a sum would mean nothing. */
const SUMMED: ReadonlySet<TAlertCode> = new Set(["expired", "uninsured", "under_insured", "over_insured"]);

/** Exact under $1M, compact above ("$4.2M"): a treasurer reads the big number, and can open the group for cents. */
function money(usd: string): string {
  return new Decimal(usd).gte(1_000_000) ? formatUsdCompact(usd) : formatUsd(usd);
}

const positions = (n: number) => `${n} ${n === 1 ? "position" : "positions"}`;

function groupTitle(code: TAlertCode, alerts: readonly Alert[], totalUsd: string | null, asOf: string): string {
  const n = alerts.length;
  const until = alerts.map((a) => a.until).filter((d): d is string => d !== null).sort()[0] ?? asOf;
  switch (code) {
    case "expiring_soon": return `Cover expiring on ${positions(n)} — the first ${formatDay(until)} (${relativeDays(asOf, until)})`;
    case "expired": return `Cover expired on ${positions(n)} — ${money(totalUsd!)} uninsured`;
    case "claim_window_open": return `Claim window open on ${positions(n)} — the first closes ${formatDay(until)} (${relativeDays(asOf, until)})`;
    case "uninsured": return `${positions(n)} uninsured — ${money(totalUsd!)}`;
    case "under_insured": return `${positions(n)} under-insured — ${money(totalUsd!)} uninsured`;
    case "over_insured": return `${positions(n)} over-insured — ${money(totalUsd!)} beyond exposure`;
    case "scope_mismatch": return `Cover does not apply on ${positions(n)}`;
    case "provider_concentration": return n === 1 ? alerts[0]!.title : `Cover concentrated with ${n} providers`;
    case "incident": return n === 1 ? alerts[0]!.title : `${n} incidents hit your positions — check what to claim`;
  }
}

export type GroupOptions = {
  /** The day acknowledgements are judged on (the real today, not the as-of day). */
  today: string;
  /** The day the figures are for: deadlines in titles are counted from it. */
  asOf: string;
  includeAcknowledged?: boolean;
  /** How many alerts each group carries (the rest are counted). */
  perGroup?: number;
};

/** Alerts grouped by code, most urgent code first; acknowledged ones left out unless asked for, but counted. */
export function groupAlerts(alerts: readonly Alert[], options: GroupOptions): GroupedAlerts {
  const perGroup = options.perGroup ?? 5;
  const byCode = new Map<TAlertCode, Alert[]>();
  let open = 0;
  let acknowledged = 0;
  for (const alert of alerts) {
    const hidden = isAcknowledged(alert, options.today);
    if (hidden) acknowledged += 1;
    else open += 1;
    if (hidden && !options.includeAcknowledged) continue;
    const list = byCode.get(alert.code) ?? [];
    list.push(alert);
    byCode.set(alert.code, list);
  }
  const groups = ALERT_ORDER.flatMap((code): AlertGroup[] => {
    const list = byCode.get(code);
    if (!list) return [];
    list.sort(compareAlerts);
    const totalUsd = SUMMED.has(code) ? formatMoney(sumMoney(list.map((a) => new Decimal(a.amountUsd)))) : null;
    return [{
      code, severity: SEVERITY[code], title: groupTitle(code, list, totalUsd, options.asOf),
      count: list.length, acknowledgedCount: list.filter((a) => isAcknowledged(a, options.today)).length,
      totalUsd, until: list.map((a) => a.until).filter((d): d is string => d !== null).sort()[0] ?? null,
      alerts: list.slice(0, perGroup),
    }];
  });
  return { groups, openCount: open, acknowledgedCount: acknowledged };
}
