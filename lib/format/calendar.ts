import type { TSummary } from "@/lib/schemas/summary";

type Risk = NonNullable<TSummary["positions"][number]["primaryRisk"]>;

const dayFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "2-digit", timeZone: "UTC" });
const DAY_MS = 86_400_000;

/** Calendar days are UTC, like the sizing module's. */
export function dayToTime(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

export function formatDay(day: string): string {
  return dayFormat.format(dayToTime(day));
}

export function formatMonth(time: number): string {
  return monthFormat.format(time);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(day: string, n: number): string {
  return new Date(dayToTime(day) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayToTime(to) - dayToTime(from)) / DAY_MS);
}

/** "in 12 days", "tomorrow", "today", "3 days ago". */
export function relativeDays(from: string, to: string): string {
  const n = daysBetween(from, to);
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  if (n === -1) return "yesterday";
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

const RISK_LABELS: Record<Risk, string> = {
  protocol_exploit: "protocol exploit",
  depeg: "depeg",
  custody_theft: "custody theft",
  exchange_halt: "exchange halt",
  slashing: "slashing",
  bridge: "bridge failure",
  oracle: "oracle failure",
  parametric_other: "parametric (other)",
  fund_portfolio: "fund portfolio",
  audit_bundled: "audit-bundled",
};

export function riskLabel(risk: Risk): string {
  return RISK_LABELS[risk];
}

/**
 * Orders money strings ("1234.50") by value without turning them into floats: equal-scale
 * decimals compare by integer-part length, then as text.
 */
export function compareUsd(a: string, b: string): number {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  const ia = ai.replace(/^0+(?=\d)/, "");
  const ib = bi.replace(/^0+(?=\d)/, "");
  if (ia.length !== ib.length) return ia.length - ib.length;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, "0");
  const fb = bf.padEnd(width, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

export function isZeroUsd(value: string): boolean {
  return /^0*(\.0*)?$/.test(value);
}
