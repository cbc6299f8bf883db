// A researched fact's value as readable lines. Values are shown as stated (numbers are not
// regrouped: a year must not become "2,019"), objects as "key: value".

const humanKey = (key: string) => key.replaceAll("_", " ");

function inline(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(inline).join(", ");
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${humanKey(k)}: ${inline(v)}`).join("; ");
}

/** One line per list item or object entry; a scalar is one line. */
export function factLines(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.every((v) => typeof v !== "object" || v === null) ? [inline(value)] : value.map(inline);
  }
  if (value && typeof value === "object") {
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${humanKey(k)}: ${inline(v)}`);
  }
  return [inline(value)];
}

/** "payout_track_record.total_claims_paid" → "Payout track record › total claims paid"; "capacity.0" → "Capacity #1". */
export function factLabel(key: string): string {
  const parts = key.split(".").map((part) => (/^\d+$/.test(part) ? `#${Number(part) + 1}` : humanKey(part)));
  const text = parts.reduce((acc, part) => (part.startsWith("#") ? `${acc} ${part}` : `${acc} › ${part}`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The group a fact belongs to on the provider page: the first segment of its key. */
export function factGroup(key: string): string {
  return factLabel(key.split(".")[0] ?? key);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-06-01" → "1 Jun 2022", "2022-06" → "Jun 2022", "2022" → "2022"; the words after the date are kept. */
export function formatAsOf(asOf: string): string {
  const m = asOf.trim().match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?!\d)(.*)$/);
  if (!m || Number(m[2] ?? 1) < 1 || Number(m[2] ?? 1) > 12) return asOf.trim();
  const [, year, month, day, rest = ""] = m;
  const date = [day && String(Number(day)), month && MONTHS[Number(month) - 1], year].filter(Boolean).join(" ");
  return `${date}${rest.trim() ? ` ${rest.trim()}` : ""}`;
}

/** "less than a month old", "5 months old", "1 year old", "4 years old". */
export function ageText(months: number): string {
  if (months < 1) return "less than a month old";
  if (months < 12) return `${months} month${months === 1 ? "" : "s"} old`;
  const years = Math.floor(months / 12);
  return `${years} year${years === 1 ? "" : "s"} old`;
}
