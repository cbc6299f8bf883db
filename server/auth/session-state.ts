import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/observability/logger";
import { TtlCache } from "./session-cache";
import { isWithinLifetime, nowSec, sessionClaimsOf, sessionExpiresAt, type SessionClaims } from "./session-token";

/**
 * Whether a session is still current (DESIGN §16): within its 30 days, signed in under the user's
 * present session version, and not signed out. The user's state is cached per instance for at
 * most 30 s; this instance forgets a user's entry the moment it changes that state, other
 * instances follow within the 30 s.
 */

/** A user's session state: null once the account is gone. */
export type UserSessionState = { version: number; revokedSessionIds: ReadonlySet<string> } | null;

export const SESSION_STATE_TTL_MS = 30_000;

// One cache per process, shared by every route bundle (each has its own module instance).
const holder = globalThis as typeof globalThis & { __coverdeskSessionState?: TtlCache<UserSessionState> };
function cache(): TtlCache<UserSessionState> {
  holder.__coverdeskSessionState ??= new TtlCache<UserSessionState>({ ttlMs: SESSION_STATE_TTL_MS, maxEntries: 10_000 });
  return holder.__coverdeskSessionState;
}

/** Reads a user's session version and the ids of their signed-out, not yet expired sessions. */
export async function loadUserSessionState(db: PrismaClient, userId: string): Promise<UserSessionState> {
  const user = await db.user.findFirst({
    where: { id: userId },
    select: { sessionVersion: true, revokedSessions: { where: { expiresAt: { gt: new Date() } }, select: { id: true } } },
  });
  if (!user) return null;
  return { version: user.sessionVersion, revokedSessionIds: new Set(user.revokedSessions.map((r) => r.id)) };
}

/** Forget this instance's cached state of a user: call after changing it. */
export function forgetUserSessionState(userId: string): void {
  cache().invalidate(userId);
}

function cachedUserSessionState(db: PrismaClient, userId: string): Promise<UserSessionState> {
  return cache().getOrLoad(userId, () => loadUserSessionState(db, userId));
}

export function isCurrentFor(claims: SessionClaims, state: UserSessionState, now = nowSec()): boolean {
  return state !== null
    && isWithinLifetime(claims.signedInAt, now)
    && state.version === claims.sessionVersion
    && !state.revokedSessionIds.has(claims.sessionId);
}

/** The claims of a token that is still a live session, else null. `fresh` skips the cache. */
export async function currentSessionClaims(
  db: PrismaClient, token: Record<string, unknown> | null | undefined, options: { fresh?: boolean; now?: number } = {},
): Promise<SessionClaims | null> {
  const claims = sessionClaimsOf(token);
  const now = options.now ?? nowSec();
  if (!claims || !isWithinLifetime(claims.signedInAt, now)) return null;
  const state = options.fresh ? await loadUserSessionState(db, claims.sub) : await cachedUserSessionState(db, claims.sub);
  return isCurrentFor(claims, state, now) ? claims : null;
}

/** The user's present session version, for a sign-in (null if the user does not exist). */
export async function sessionVersionOf(db: PrismaClient, userId: string): Promise<number | null> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/** Ends every session of the user (sign out everywhere). */
export async function bumpSessionVersion(db: PrismaClient, userId: string): Promise<boolean> {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  forgetUserSessionState(userId);
  return count === 1;
}

/**
 * Ends one session (a plain sign-out): its id is refused until the session would have expired.
 * A session that is already over (stale, expired, account gone) needs no row.
 */
export async function revokeSession(db: PrismaClient, token: Record<string, unknown> | null | undefined): Promise<boolean> {
  const claims = await currentSessionClaims(db, token, { fresh: true });
  if (!claims) return false;
  const now = new Date();
  try {
    await db.$transaction([
      db.revokedSession.deleteMany({ where: { userId: claims.sub, expiresAt: { lte: now } } }),
      db.revokedSession.upsert({
        where: { id: claims.sessionId },
        update: {},
        create: { id: claims.sessionId, userId: claims.sub, expiresAt: new Date(sessionExpiresAt(claims.signedInAt) * 1000) },
      }),
    ]);
  } catch (error) {
    // The account was deleted meanwhile (foreign key): every session of it is over anyway.
    if ((error as { code?: unknown }).code === "P2003") return false;
    throw error;
  } finally {
    forgetUserSessionState(claims.sub);
  }
  return true;
}

// A failed check (database down) yields no session, like a stale one; callers that can answer
// "retry later" instead of "sign in" run `auth()` inside `withSessionCheck` to learn why.
const checkScope = new AsyncLocalStorage<{ error?: unknown }>();

/** Runs `fn` (which calls `auth()`), reporting whether a session check failed meanwhile. */
export async function withSessionCheck<T>(fn: () => Promise<T>): Promise<{ result: T; checkError?: unknown }> {
  const scope: { error?: unknown } = {};
  const result = await checkScope.run(scope, fn);
  return { result, checkError: scope.error };
}

export function reportSessionCheckError(error: unknown): void {
  logger.warn({ err: error instanceof Error ? error.message : String(error) }, "session check failed");
  const scope = checkScope.getStore();
  if (scope) scope.error ??= error;
}
