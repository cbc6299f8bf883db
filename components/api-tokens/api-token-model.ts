/** Pure helpers of the API tokens page: no React, no zod (they ship to the browser). */

export type TokenScope = "read" | "read-write";

export const SCOPE_LABELS: Record<TokenScope, string> = { read: "Read only", "read-write": "Read and write" };

/** One line each, beside the choice in the form. */
export const SCOPE_HINTS: Record<TokenScope, string> = {
  read: "Reads portfolios, positions, covers, summaries, statements and alerts; every change is refused (403).",
  "read-write": "Also adds, changes and deletes positions and covers, as far as your role in each portfolio allows.",
};

export const NAME_MAX = 80;

/** The form's own check of a name; the server says the same (ZApiTokenCreateInput). */
export function nameError(name: string): string | null {
  const v = name.trim();
  if (v === "") return "Give the token a name, e.g. the script that uses it";
  if (v.length > NAME_MAX) return `At most ${NAME_MAX} characters`;
  return null;
}

/** A viewer's token for a portfolio can only read (the server refuses read-write with this). */
export function scopeError(scope: TokenScope, role: string | null | undefined): string | null {
  return scope === "read-write" && role === "viewer" ? "You are a viewer of this portfolio, so a token for it can only read." : null;
}

/** The command shown with a new token: lists the portfolios it can read. */
export function curlExample(origin: string, token: string): string {
  return `curl -H "Authorization: Bearer ${token}" ${origin.replace(/\/+$/, "")}/api/v1/portfolios`;
}

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
const dayUtc = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const DAY_MS = 86_400_000;

/** An ISO timestamp as "Dec 4, 2026, 9:05 PM" in the browser's zone. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** "Never", "just now", "5 minutes ago", "3 hours ago", "2 days ago"; a date after 30 days. */
export function formatLastUsed(iso: string | null, now: Date = new Date()): string {
  if (!iso) return "Never";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const seconds = Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000));
  if (seconds < 60) return "just now";
  if (seconds < 3600) return relative.format(-Math.floor(seconds / 60), "minute");
  if (seconds < 86_400) return relative.format(-Math.floor(seconds / 3600), "hour");
  if (seconds < 30 * 86_400) return relative.format(-Math.floor(seconds / 86_400), "day");
  return formatDateTime(iso);
}

/**
 * "No expiry"; a date picked in the form is stored as the next midnight UTC (the token works
 * through that day), so such an instant reads as that day, not as 00:00 of the day after.
 */
export function formatExpiry(iso: string | null): string {
  if (!iso) return "No expiry";
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  if (at.getTime() % DAY_MS === 0) return `end of ${dayUtc.format(at.getTime() - DAY_MS)} (UTC)`;
  return formatDateTime(iso);
}
