import type { TCliffEvent, TOverview, TOverviewRow } from "@/lib/schemas/overview";
import { addDays, dayToTime } from "@/lib/format/calendar";

/** Chart view models. Numbers here only place marks on a chart; figures shown as text keep the exact strings. */
export type DonutSlice = { name: "Insured" | "Uninsured"; value: number; tone: "insured" | "uninsured" };
export type BarRow = { label: string; insured: number; uninsured: number };
export type CliffPoint = { time: number; insured: number };
/** `row`: which line of labels at the top of the chart names this expiry; null = unlabelled (too close to another). */
export type CliffMarker = { time: number; label: string; row: number | null };

/** The timeline the dashboard draws: 12 months from the as-of date (the sizing default). */
export const CLIFF_DAYS = 365;
/** Two labels on one line need this many days between them not to overlap on a 375 px phone, where a day is ~0.6 px and "Dec 3" ~35 px. */
export const MARKER_LABEL_GAP_DAYS = 75;
const MARKER_LABEL_ROWS = 2;
const DAY_MS = 86_400_000;

export function donutSlices(totals: TOverview["totals"]): DonutSlice[] {
  return [
    { name: "Insured", value: Number(totals.insuredUsd), tone: "insured" },
    { name: "Uninsured", value: Number(totals.uninsuredUsd), tone: "uninsured" },
  ];
}

/** The `limit` largest groups by exposure, largest first, with the folded "Others" row kept last. */
export function barRows(rows: readonly Pick<TOverviewRow, "label" | "insuredUsd" | "uninsuredUsd" | "others">[], limit: number): BarRow[] {
  const bar = (r: (typeof rows)[number]) => ({ label: r.label, insured: Number(r.insuredUsd), uninsured: Number(r.uninsuredUsd) });
  const named = rows.filter((r) => r.others === 0).map(bar)
    .sort((a, b) => b.insured + b.uninsured - (a.insured + a.uninsured) || a.label.localeCompare(b.label));
  const others = rows.filter((r) => r.others > 0).map(bar);
  return [...named.slice(0, limit - others.length), ...others];
}

/** A step series from the as-of date to the end of the window, holding the last total to the end. */
export function cliffPoints(asOf: string, timeline: readonly { date: string; insuredUsd: string }[]): CliffPoint[] {
  const end = addDays(asOf, CLIFF_DAYS);
  const points = timeline.map((p) => ({ time: dayToTime(p.date), insured: Number(p.insuredUsd) }));
  const last = points.at(-1);
  if (last && last.time < dayToTime(end)) points.push({ time: dayToTime(end), insured: last.insured });
  return points;
}

const named = (names: readonly string[], more: number) => (more > 0 ? [...names, `${more} more`] : names).join(", ");

/** "Nexus Mutual Protocol cover starts; OpenCover L2 expires": what happens on an event day. */
export function changesOf(e: TCliffEvent): string {
  return [
    e.starts.length > 0 ? `${named(e.starts, e.startsMore)} ${e.starts.length + e.startsMore === 1 ? "starts" : "start"}` : null,
    e.expires.length > 0 ? `${named(e.expires, e.expiresMore)} ${e.expires.length + e.expiresMore === 1 ? "expires" : "expire"}` : null,
  ].filter(Boolean).join("; ");
}

/**
 * One dashed line per expiry day. Labels go on up to two lines at the top, a label only where it
 * keeps MARKER_LABEL_GAP_DAYS from the previous one on its line, so no two labels ever touch.
 */
export function cliffMarkers(events: readonly TCliffEvent[]): CliffMarker[] {
  const lastOnRow: number[] = [];
  return events.filter((e) => e.expires.length > 0).map((e) => {
    const time = dayToTime(e.date);
    let row: number | null = null;
    for (let r = 0; r < MARKER_LABEL_ROWS; r++) {
      const last = lastOnRow[r];
      if (last === undefined || (time - last) / DAY_MS >= MARKER_LABEL_GAP_DAYS) {
        row = r;
        lastOnRow[r] = time;
        break;
      }
    }
    return { time, label: named(e.expires, e.expiresMore), row };
  });
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
