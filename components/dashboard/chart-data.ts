import type { TSummary } from "@/lib/schemas/summary";
import { addDays, dayToTime } from "@/lib/format/calendar";

/** Chart view models. Numbers here only place marks on a chart; figures shown as text keep the exact strings. */
export type DonutSlice = { name: "Insured" | "Uninsured"; value: number; tone: "insured" | "uninsured" };
export type BarRow = { label: string; insured: number; uninsured: number };
export type CliffPoint = { time: number; insured: number };
export type CliffMarker = { time: number; label: string };
export type CliffEvent = { date: string; insuredUsd: string | null; changes: string[] };

type BreakdownRow = TSummary["breakdowns"]["byChain"][number];

/** The timeline the dashboard draws: 12 months from the as-of date (the sizing default). */
export const CLIFF_DAYS = 365;

export function donutSlices(totals: TSummary["totals"]): DonutSlice[] {
  return [
    { name: "Insured", value: Number(totals.insuredUsd), tone: "insured" },
    { name: "Uninsured", value: Number(totals.uninsuredUsd), tone: "uninsured" },
  ];
}

/** The `limit` largest groups by exposure, largest first; the table beside the chart lists them all. */
export function barRows(rows: readonly BreakdownRow[], limit: number): BarRow[] {
  return rows
    .map((r) => ({ label: r.label, insured: Number(r.insuredUsd), uninsured: Number(r.uninsuredUsd) }))
    .sort((a, b) => b.insured + b.uninsured - (a.insured + a.uninsured) || a.label.localeCompare(b.label))
    .slice(0, limit);
}

function coverName(c: TSummary["covers"][number]): string {
  return c.providerName ? `${c.providerName} ${c.name}` : c.name;
}

function heldCoversIn(summary: TSummary, start: string, end: string) {
  return summary.covers.filter((c) => c.status === "held" && ((c.expiresAt > start && c.expiresAt <= end) || (c.startsAt > start && c.startsAt <= end)));
}

/** A step series from the as-of date to the end of the window, holding the last total to the end. */
export function cliffPoints(summary: TSummary): CliffPoint[] {
  const end = addDays(summary.asOf, CLIFF_DAYS);
  const points = summary.timeline.map((p) => ({ time: dayToTime(p.date), insured: Number(p.insuredUsd) }));
  const last = points.at(-1);
  if (last && last.time < dayToTime(end)) points.push({ time: dayToTime(end), insured: last.insured });
  return points;
}

/** Expiry dates inside the window, one marker per day, naming the covers that end. */
export function cliffMarkers(summary: TSummary): CliffMarker[] {
  const end = addDays(summary.asOf, CLIFF_DAYS);
  const byDay = new Map<string, string[]>();
  for (const c of heldCoversIn(summary, summary.asOf, end)) {
    if (c.expiresAt > summary.asOf && c.expiresAt <= end) byDay.set(c.expiresAt, [...(byDay.get(c.expiresAt) ?? []), coverName(c)]);
  }
  return [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, names]) => ({ time: dayToTime(day), label: names.join(", ") }));
}

/** Every day in the window when a cover starts or ends or the insured total changes, with what happens. */
export function cliffEvents(summary: TSummary): CliffEvent[] {
  const end = addDays(summary.asOf, CLIFF_DAYS);
  const events = new Map<string, CliffEvent>();
  const at = (date: string) => {
    const event = events.get(date) ?? { date, insuredUsd: null, changes: [] };
    events.set(date, event);
    return event;
  };
  for (const p of summary.timeline) at(p.date).insuredUsd = p.insuredUsd;
  for (const c of heldCoversIn(summary, summary.asOf, end)) {
    if (c.startsAt > summary.asOf && c.startsAt <= end) at(c.startsAt).changes.push(`${coverName(c)} starts`);
    if (c.expiresAt > summary.asOf && c.expiresAt <= end) at(c.expiresAt).changes.push(`${coverName(c)} expires`);
  }
  return [...events.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** First-of-month ticks inside the window, thinned to at most `max`. */
export function monthTicks(startDay: string, endDay: string, max = 6): number[] {
  const months: number[] = [];
  const cursor = new Date(dayToTime(startDay));
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  for (; cursor.getTime() <= dayToTime(endDay); cursor.setUTCMonth(cursor.getUTCMonth() + 1)) months.push(cursor.getTime());
  const stride = Math.max(1, Math.ceil(months.length / max));
  return months.filter((_, i) => i % stride === 0);
}
