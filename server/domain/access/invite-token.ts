import { createHash, randomBytes } from "node:crypto";

/** DESIGN §13: an invitation link is valid this many days. */
export const INVITE_VALID_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** 32 random bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** SHA-256 of the token, in hex: the only form stored. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token (shown once, in the link) and its hash (stored). */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

/** Whether a string could be a token we issued: anything else is unknown without a database look-up. */
export function isInviteTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_VALID_DAYS * DAY_MS);
}

/** The link an invitee opens: <base>/invite/<token>. */
export function inviteUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/invite/${token}`;
}

export type InviteStatus = "valid" | "expired" | "used" | "revoked";

/** Used wins over revoked wins over expired: the first thing that happened to it. */
export function inviteStatus(invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InviteStatus {
  if (invite.acceptedAt) return "used";
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/** What an invitation in this state tells the person opening it. */
export function inviteRefusal(status: Exclude<InviteStatus, "valid">): string {
  switch (status) {
    case "used": return "This invitation has already been used. Ask an owner of the portfolio for a new one.";
    case "revoked": return "This invitation was revoked. Ask an owner of the portfolio for a new one.";
    case "expired": return "This invitation has expired. Ask an owner of the portfolio for a new one.";
  }
}

/**
 * An address shown to someone who may not be its owner: the first character of the local part,
 * then "…", then the domain ("a…@example.com").
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "…";
  return `${Array.from(email.slice(0, at))[0]}…${email.slice(at)}`;
}

/** Addresses compare without case and surrounding spaces. */
export function sameEmail(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
