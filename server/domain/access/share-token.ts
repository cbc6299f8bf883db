import { createHash, randomBytes } from "node:crypto";

/**
 * DESIGN §13: share-link tokens. 32 random bytes, base64url (43 characters), shown once in the
 * link; only their SHA-256 (hex) is stored, so a database dump cannot open a shared portfolio.
 */
export const SHARE_TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A longest expiry: a link lives at most a year (a new one can always be made). */
export const MAX_SHARE_LINK_DAYS = 365;
const DAY_MS = 86_400_000;

export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(SHARE_TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a path segment could be a token at all: anything else is 404 without a query. */
export function isShareTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export type ShareLinkState = { expiresAt: Date | null; revokedAt: Date | null };

/** Revoked wins over expired: the owner's act is what they remember. */
export function shareLinkStatus(link: ShareLinkState, now: Date): "active" | "expired" | "revoked" {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "active";
}

export function isShareLinkActive(link: ShareLinkState, now: Date): boolean {
  return shareLinkStatus(link, now) === "active";
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The moment a link stops working, from the owner's input: a day means "through that day"
 * (UTC), i.e. until the next midnight UTC; a date-time is taken as it is. It must be in the
 * future and at most MAX_SHARE_LINK_DAYS (plus the rest of the last day) away.
 */
export function shareExpiryFrom(value: string | null | undefined, now: Date, subject = "A share link"): { expiresAt: Date | null } | { error: string } {
  if (value == null || value.trim() === "") return { expiresAt: null };
  const text = value.trim();
  const at = DAY.test(text) ? new Date(Date.parse(`${text}T00:00:00Z`) + DAY_MS) : new Date(text);
  if (Number.isNaN(at.getTime())) return { error: "Not a valid date" };
  if (at.getTime() <= now.getTime()) return { error: "The expiry must be in the future" };
  // A day as far as a year from today is allowed in full.
  const latest = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`) + (MAX_SHARE_LINK_DAYS + 1) * DAY_MS;
  if (at.getTime() > latest) return { error: `${subject} can last at most ${MAX_SHARE_LINK_DAYS} days` };
  return { expiresAt: at };
}
