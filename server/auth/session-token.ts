/**
 * What a CoverDesk session token carries besides the user id, and how long it lives (DESIGN §16).
 * Pure: no database, no next-auth runtime.
 */

/** A session lasts 30 days from sign-in, and no request renews it. */
export const SESSION_LIFETIME_SEC = 30 * 24 * 60 * 60;
/** A token signed in a little "in the future" (clock skew between instances) is still accepted. */
const CLOCK_SKEW_SEC = 60;

export type SessionClaims = {
  /** The user id (JWT `sub`). */
  sub: string;
  /** Random per sign-in: a plain sign-out revokes this id only. */
  sessionId: string;
  /** The user's session version at sign-in: bumping the user's version ends every session. */
  sessionVersion: number;
  /** Seconds since the epoch. */
  signedInAt: number;
};

export const nowSec = (): number => Math.floor(Date.now() / 1000);

export function newSessionClaims(userId: string, sessionVersion: number, signedInAt = nowSec()): SessionClaims {
  return { sub: userId, sessionId: crypto.randomUUID(), sessionVersion, signedInAt };
}

/** The claims of a decoded token, or null when any is missing or malformed (e.g. a token from before sessions had them). */
export function sessionClaimsOf(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { sub, sessionId, sessionVersion, signedInAt } = token;
  if (typeof sub !== "string" || sub.length === 0) return null;
  if (typeof sessionId !== "string" || sessionId.length === 0 || sessionId.length > 100) return null;
  if (typeof sessionVersion !== "number" || !Number.isSafeInteger(sessionVersion) || sessionVersion < 0) return null;
  if (typeof signedInAt !== "number" || !Number.isSafeInteger(signedInAt) || signedInAt <= 0) return null;
  return { sub, sessionId, sessionVersion, signedInAt };
}

/** When a session signed in at `signedInAt` ends, in seconds since the epoch. */
export function sessionExpiresAt(signedInAt: number): number {
  return signedInAt + SESSION_LIFETIME_SEC;
}

/** Seconds the session has left at `now` (0 once it has ended): the `maxAge` its token is encoded with. */
export function remainingLifetimeSec(signedInAt: number, now = nowSec()): number {
  return Math.max(0, sessionExpiresAt(signedInAt) - now);
}

/** Whether a session signed in at `signedInAt` is still within its 30 days at `now`. */
export function isWithinLifetime(signedInAt: number, now = nowSec()): boolean {
  return signedInAt <= now + CLOCK_SKEW_SEC && now < sessionExpiresAt(signedInAt);
}
