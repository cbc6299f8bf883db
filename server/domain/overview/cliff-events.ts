import { addDays } from "@/lib/format/calendar";
import type { TCliffEvent } from "@/lib/schemas/overview";
import type { TSummary } from "@/lib/schemas/summary";

/** The timeline the dashboard draws: 12 months from the as-of date (the sizing default). */
export const CLIFF_DAYS = 365;

/** Names listed per day and kind; the rest are counted, so a day with 200 expiries stays small. */
const NAMES_PER_DAY = 3;

type Cover = TSummary["covers"][number];
const coverName = (c: Cover) => (c.providerName ? `${c.providerName} ${c.name}` : c.name);

/** Every day in the next 12 months when a held cover starts or ends or the insured total changes, with what happens. */
export function cliffEvents(summary: Pick<TSummary, "asOf" | "timeline" | "covers">): TCliffEvent[] {
  const end = addDays(summary.asOf, CLIFF_DAYS);
  const days = new Map<string, { insuredUsd: string | null; starts: string[]; expires: string[] }>();
  const at = (date: string) => {
    const day = days.get(date) ?? { insuredUsd: null, starts: [], expires: [] };
    days.set(date, day);
    return day;
  };
  for (const p of summary.timeline) at(p.date).insuredUsd = p.insuredUsd;
  const inWindow = (d: string) => d > summary.asOf && d <= end;
  for (const c of summary.covers) {
    if (c.status !== "held") continue;
    if (inWindow(c.startsAt)) at(c.startsAt).starts.push(coverName(c));
    if (inWindow(c.expiresAt)) at(c.expiresAt).expires.push(coverName(c));
  }
  const capped = (names: string[]) => names.sort((a, b) => a.localeCompare(b)).slice(0, NAMES_PER_DAY);
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, d]) => ({
      date, insuredUsd: d.insuredUsd,
      starts: capped(d.starts), startsMore: Math.max(0, d.starts.length - NAMES_PER_DAY),
      expires: capped(d.expires), expiresMore: Math.max(0, d.expires.length - NAMES_PER_DAY),
    }));
}
