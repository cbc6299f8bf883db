/** Pure helpers of the notifications page: no React, no zod (they ship to the browser). */

/** "$10,000" → "10000"; null unless a plain USD amount (at most 8 decimals, up to 10 trillion). */
export function parseGapThreshold(raw: string): string | null {
  const v = raw.trim().replace(/^\$/, "").replace(/[,\s_]/g, "");
  if (!/^\d{1,14}(\.\d{1,8})?$/.test(v)) return null;
  return Number(v) <= 10_000_000_000_000 ? v : null;
}

/** 8 → "08:00". */
export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, "0")}:00`;
}

export const DIGEST_HOURS: readonly number[] = Array.from({ length: 24 }, (_, h) => h);

/** Every IANA zone this browser knows, with UTC first (it is not always in the list). */
export function timeZoneOptions(extra: readonly string[] = []): string[] {
  let zones: string[] = [];
  try {
    zones = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.("timeZone") ?? [];
  } catch {
    zones = [];
  }
  const rest = new Set([...zones, ...extra]);
  rest.delete("UTC");
  return ["UTC", ...[...rest].sort()];
}

/** The browser's own zone, or UTC. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/**
 * The zone to preselect: the saved one, unless it is still the default (UTC) — then the
 * browser's, so a user who never chose gets their own zone once they save.
 */
export function initialTimeZone(saved: string, browser: string): string {
  return saved === "UTC" ? browser : saved;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type CheckOutcome = { notices: number; email: { id: string; status: string } | null; webhookDeliveries: number };

const EMAIL_WHERE: Record<string, string> = {
  outbox: "e-mail in your outbox",
  queued: "e-mail on its way",
  sent: "e-mail sent",
  failed: "the e-mail failed (see your outbox)",
};

/** "3 new alerts: e-mail in your outbox, 2 webhook deliveries" or "Nothing new since the last notice". */
export function checkNowSummary(o: CheckOutcome): string {
  if (o.notices === 0) return "Nothing new since the last notice.";
  const parts: string[] = [];
  if (o.email) parts.push(EMAIL_WHERE[o.email.status] ?? `e-mail ${o.email.status}`);
  if (o.webhookDeliveries > 0) parts.push(plural(o.webhookDeliveries, "webhook delivery", "webhook deliveries"));
  const head = plural(o.notices, "new alert");
  return parts.length === 0 ? `${head}, not sent: e-mails and webhooks are off or none is set up.` : `${head}: ${parts.join(", ")}.`;
}

/** An ISO timestamp as "Dec 4, 2026, 21:05" in the browser's zone. */
export function formatWhen(iso: string | null): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString("en-US", { month: "short", day: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}
