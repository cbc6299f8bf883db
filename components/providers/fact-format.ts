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
