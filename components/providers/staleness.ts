// The staleness rule for a fact's as-of date, and a fact's age ("as of Jun 2022 · 4 years old"),
// shown wherever the fact is. Pure: today is always an argument.
import { ageText, formatAsOf } from "./fact-format";

export const STALE_AFTER_MONTHS = 18;

export const STALENESS_RULE =
  `Every fact shows its age. Stale: its as-of date is more than ${STALE_AFTER_MONTHS} months before today. ` +
  "Undated: its source gives no date (count it as stale). A date given only as a year or a month counts from its first day.";

/** The earliest day an as-of text can mean ("2022" → 2022-01-01), or null when undated. */
export function asOfDay(asOf: string | null | undefined): string | null {
  const m = asOf?.trim().match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)/);
  if (!m) return null;
  const [, year, month = "01", day = "01"] = m;
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${month}-${day}`;
}

/** `today` minus n months, as YYYY-MM-DD (the day is kept; month ends are clamped by Date). */
function monthsBefore(today: string, months: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

export type Freshness = { stale: boolean; reason: "undated" | "old" | null };

export function freshness(asOf: string | null | undefined, today: string): Freshness {
  const day = asOfDay(asOf);
  if (day === null) return { stale: true, reason: "undated" };
  return day < monthsBefore(today, STALE_AFTER_MONTHS) ? { stale: true, reason: "old" } : { stale: false, reason: null };
}

/** A fact's freshness: dated and at most 18 months old, dated and older, undated, or unknown (no value found). */
export type FactState = "fresh" | "stale" | "undated" | "unknown";

export type FactAge = {
  state: FactState;
  /** "as of Jun 2022 · 4 years old", "undated (docs snapshot)", "unknown". */
  label: string;
  /** Whole months from the as-of day to today (null when undated or unknown). */
  months: number | null;
};

/** Whole calendar months from `from` to `to` (both YYYY-MM-DD); 0 when `from` is later. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

/**
 * How old a fact is on `today` (YYYY-MM-DD, an input: no clock here). A null fact is unknown
 * (researched, not found); an as-of text without a date is undated; a date counts from its
 * first day, like the staleness rule.
 */
export function factAge(fact: { asOf: string | null } | null | undefined, today: string): FactAge {
  if (!fact) return { state: "unknown", label: "unknown", months: null };
  const day = asOfDay(fact.asOf);
  if (day === null) {
    const text = fact.asOf?.trim();
    return { state: "undated", label: text && /undated/i.test(text) ? text : text ? `undated (${text})` : "undated", months: null };
  }
  const months = monthsBetween(day, today);
  const state = freshness(fact.asOf, today).stale ? "stale" : "fresh";
  return { state, label: `as of ${formatAsOf(fact.asOf ?? "")} · ${ageText(months)}`, months };
}

export type FreshnessCounts = { total: number; fresh: number; stale: number; undated: number; unknown: number };

/** Counts facts by state (null entries are unknown facts). */
export function countFreshness(facts: Iterable<{ asOf: string | null } | null>, today: string): FreshnessCounts {
  const counts: FreshnessCounts = { total: 0, fresh: 0, stale: 0, undated: 0, unknown: 0 };
  for (const fact of facts) {
    counts.total += 1;
    counts[factAge(fact, today).state] += 1;
  }
  return counts;
}
