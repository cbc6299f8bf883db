// The staleness rule for a fact's as-of date: shown as a badge wherever the fact is.

export const STALE_AFTER_MONTHS = 18;

export const STALENESS_RULE =
  `Stale: the as-of date is more than ${STALE_AFTER_MONTHS} months before today, or the fact is undated. ` +
  "A date given only as a year or a month counts from its first day.";

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
