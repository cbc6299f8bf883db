import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authConfig } from "@/server/auth/config";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { currentSessionClaims, forgetUserSessionState, loadUserSessionState, revokeSession } from "@/server/auth/session-state";
import { newSessionClaims } from "@/server/auth/session-token";
import type { PrismaClient } from "@/server/db/generated/client";
import { AUTH_RULES } from "@/server/rate-limit/auth-limits";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { callerFor, createOwnedRows } from "@/tests/integration/callers";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";

let tdb: TestDatabase;
const prismaHolder = globalThis as typeof globalThis & { __coverdeskPrisma?: PrismaClient };
let previousPrisma: PrismaClient | undefined;

beforeAll(async () => {
  tdb = await createTestDatabase();
  // next-auth's callbacks use the app's client: point it at this file's database.
  previousPrisma = prismaHolder.__coverdeskPrisma;
  prismaHolder.__coverdeskPrisma = tdb.prisma;
});
afterAll(async () => {
  prismaHolder.__coverdeskPrisma = previousPrisma;
  await tdb.drop();
});

const PASSWORD = "correct-horse-battery";
let seq = 0;

/** A user with a real password, signed in: the claims its session token would carry. */
async function signedInUser(prefix = "user") {
  seq += 1;
  const email = `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`;
  const user = await tdb.prisma.user.create({ data: { email, name: prefix, passwordHash: await hashPassword(PASSWORD) }, select: { id: true, email: true, sessionVersion: true } });
  const caller = callerFor(tdb.prisma, user.id, { clientIp: "192.0.2.10", rateLimits: new MemoryRateLimitStore() });
  const token = (): JWT => ({ ...newSessionClaims(user.id, user.sessionVersion), email });
  return { ...user, caller, token };
}

/** What next-auth's jwt callback makes of a token on a request after sign-in (null = no session). */
async function jwtCallback(token: JWT): Promise<JWT | null> {
  return authConfig.callbacks.jwt({ token } as Parameters<typeof authConfig.callbacks.jwt>[0]);
}

const isLive = async (token: JWT) => (await jwtCallback(token)) !== null;

describe("session checks (jwt callback)", () => {
  it("a fresh session is live; a token without session claims (issued before them) is not", async () => {
    const u = await signedInUser();
    expect(await isLive(u.token())).toBe(true);
    expect(await isLive({ sub: u.id, email: u.email })).toBe(false);
  });

  it("a token forged with a later version, or past its 30 days, or of a deleted user, is not live", async () => {
    const u = await signedInUser();
    expect(await isLive({ ...u.token(), sessionVersion: u.sessionVersion + 1 })).toBe(false);
    const thirtyDaysAgo = Math.floor(Date.now() / 1000) - 30 * 24 * 3600 - 1;
    expect(await isLive({ ...newSessionClaims(u.id, u.sessionVersion, thirtyDaysAgo) })).toBe(false);
    expect(await isLive({ ...newSessionClaims(u.id, u.sessionVersion, Math.floor(Date.now() / 1000) + 3600) })).toBe(false);
    const token = u.token();
    expect(await isLive(token)).toBe(true);
    await tdb.prisma.user.delete({ where: { id: u.id } });
    forgetUserSessionState(u.id);
    expect(await isLive(token)).toBe(false);
  });

  it("sign-in stamps the user's present version, a random session id and the sign-in time", async () => {
    const u = await signedInUser();
    await u.caller.account.signOutEverywhere();
    const before = Math.floor(Date.now() / 1000);
    const params = { token: { sub: u.id, email: u.email }, user: { id: u.id, email: u.email }, account: { provider: "credentials", type: "credentials", providerAccountId: u.id } };
    const a = await authConfig.callbacks.jwt(params as unknown as Parameters<typeof authConfig.callbacks.jwt>[0]);
    const b = await authConfig.callbacks.jwt(params as unknown as Parameters<typeof authConfig.callbacks.jwt>[0]);
    expect(a).toMatchObject({ sub: u.id, sessionVersion: 1 });
    expect(a?.signedInAt).toBeGreaterThanOrEqual(before);
    expect(a?.sessionId).not.toBe(b?.sessionId);
    expect(await isLive(a as JWT)).toBe(true);
  });
});

describe("account.signOutEverywhere", () => {
  it("ends every session of the user at once (the cached state is forgotten), and no other user's", async () => {
    const u = await signedInUser();
    const other = await signedInUser("other");
    const [laptop, phone, otherToken] = [u.token(), u.token(), other.token()];
    expect(await isLive(laptop)).toBe(true); // now cached as live
    expect(await isLive(phone)).toBe(true);
    await expect(u.caller.account.signOutEverywhere()).resolves.toEqual({ sessionsEnded: true });
    expect(await isLive(laptop)).toBe(false);
    expect(await isLive(phone)).toBe(false);
    expect(await isLive(otherToken)).toBe(true);
    // A sign-in after it works again.
    expect(await isLive({ ...newSessionClaims(u.id, 1) })).toBe(true);
  });

  it("a bump made by another instance is seen once this instance's cache entry is at most 30 s old", async () => {
    const u = await signedInUser();
    const token = u.token();
    expect(await isLive(token)).toBe(true);
    await tdb.prisma.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } }); // "another instance"
    expect(await currentSessionClaims(tdb.prisma, token, { fresh: true })).toBeNull();
    // Once the entry expires (simulated by forgetting it), this instance refuses it too.
    forgetUserSessionState(u.id);
    expect(await isLive(token)).toBe(false);
  });
});

describe("plain sign-out (events.signOut)", () => {
  it("ends that session only: replaying its token fails, the user's other sessions go on", async () => {
    const u = await signedInUser();
    const [laptop, phone] = [u.token(), u.token()];
    expect(await isLive(laptop)).toBe(true);
    await authConfig.events.signOut({ token: laptop });
    expect(await isLive(laptop)).toBe(false);
    expect(await isLive(phone)).toBe(true);
    const row = await tdb.prisma.revokedSession.findUniqueOrThrow({ where: { id: laptop.sessionId as string } });
    expect(row.userId).toBe(u.id);
    expect(row.expiresAt.getTime()).toBe(((laptop.signedInAt as number) + 30 * 24 * 3600) * 1000);
  });

  it("signing out a session that is already over writes nothing", async () => {
    const u = await signedInUser();
    const token = u.token();
    await u.caller.account.signOutEverywhere();
    expect(await revokeSession(tdb.prisma, token)).toBe(false);
    expect(await tdb.prisma.revokedSession.count({ where: { userId: u.id } })).toBe(0);
  });

  it("expired revocations are cleared when the user signs out again", async () => {
    const u = await signedInUser();
    await tdb.prisma.revokedSession.create({ data: { id: "old-session", userId: u.id, expiresAt: new Date(Date.now() - 1000) } });
    await revokeSession(tdb.prisma, u.token());
    const ids = (await tdb.prisma.revokedSession.findMany({ where: { userId: u.id } })).map((r) => r.id);
    expect(ids).not.toContain("old-session");
    expect(ids).toHaveLength(1);
    expect((await loadUserSessionState(tdb.prisma, u.id))?.revokedSessionIds.size).toBe(1);
  });
});

describe("account.changePassword", () => {
  it("refuses a wrong current password with a field error, and changes nothing", async () => {
    const u = await signedInUser();
    const token = u.token();
    await expect(u.caller.account.changePassword({ currentPassword: "not-my-password", newPassword: "a-new-long-password" }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "currentPassword" });
    const stored = await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(stored.passwordHash as string, PASSWORD)).toBe(true);
    expect(stored.sessionVersion).toBe(0);
    expect(await isLive(token)).toBe(true);
  });

  it("applies the sign-up password rules to the new password", async () => {
    const u = await signedInUser();
    await expect(u.caller.account.changePassword({ currentPassword: PASSWORD, newPassword: "123456789" }))
      .rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(u.caller.account.changePassword({ currentPassword: PASSWORD, newPassword: PASSWORD }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "newPassword" });
  });

  it("with the right password: the new one works, the old one not, and every session ends", async () => {
    const u = await signedInUser();
    const token = u.token();
    expect(await isLive(token)).toBe(true);
    await expect(u.caller.account.changePassword({ currentPassword: PASSWORD, newPassword: "a-new-long-password" }))
      .resolves.toEqual({ sessionsEnded: true });
    const stored = await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(stored.passwordHash as string, "a-new-long-password")).toBe(true);
    expect(await verifyPassword(stored.passwordHash as string, PASSWORD)).toBe(false);
    expect(await isLive(token)).toBe(false);
  });

  it("guessing the current password is rate-limited like a sign-in: per (email, IP), and per email across IPs", async () => {
    const u = await signedInUser();
    const store = new MemoryRateLimitStore();
    const attempt = (ip: string, currentPassword: string) => callerFor(tdb.prisma, u.id, { clientIp: ip, rateLimits: store })
      .account.changePassword({ currentPassword, newPassword: "a-new-long-password" })
      .then(() => "OK", (e: { code?: string }) => e.code ?? "UNKNOWN");
    const fromOneIp: string[] = [];
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit + 1; i++) fromOneIp.push(await attempt("198.51.100.1", `guess-${i}`));
    expect(fromOneIp.slice(0, -1).every((c) => c === "BAD_REQUEST")).toBe(true);
    expect(fromOneIp.at(-1)).toBe("TOO_MANY_REQUESTS");
    // Even the right password is refused from that address while it is locked.
    expect(await attempt("198.51.100.1", PASSWORD)).toBe("TOO_MANY_REQUESTS");
    // Rotating addresses meets the per-email backstop.
    const rotating: string[] = [];
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) rotating.push(await attempt(`203.0.113.${i % 250}`, `guess-${i}`));
    expect(rotating).toContain("TOO_MANY_REQUESTS");
    const stored = await tdb.prisma.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(await verifyPassword(stored.passwordHash as string, PASSWORD)).toBe(true);
  }, 60_000);

  it("an account without a password (GitHub sign-in) gets a field error", async () => {
    const user = await tdb.prisma.user.create({ data: { email: `oauth-${Date.now()}@int.coverdesk.test`, name: "OAuth" } });
    await expect(callerFor(tdb.prisma, user.id, { rateLimits: new MemoryRateLimitStore() }).account.changePassword({ currentPassword: "anything", newPassword: "a-new-long-password" }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "currentPassword" });
  });
});

describe("account.deleteAccount", () => {
  let owner: Awaited<ReturnType<typeof signedInUser>>;
  let other: Awaited<ReturnType<typeof signedInUser>>;
  beforeEach(async () => {
    owner = await signedInUser("owner");
    other = await signedInUser("other");
  });

  const rowsOf = async (userId: string) => {
    const mine = { portfolio: { createdById: userId } };
    const [users, portfolios, positions, covers, links, acks] = await Promise.all([
      tdb.prisma.user.count({ where: { id: userId } }),
      tdb.prisma.portfolio.count({ where: { createdById: userId } }),
      tdb.prisma.position.count({ where: mine }),
      tdb.prisma.cover.count({ where: mine }),
      tdb.prisma.coverPosition.count({ where: { cover: mine } }),
      tdb.prisma.alertAck.count({ where: { userId } }),
    ]);
    return { users, portfolios, positions, covers, links, acks };
  };

  it("requires the account's exact email: another user's, a prefix, or an empty one deletes nothing", async () => {
    await createOwnedRows(owner.caller, tdb.prisma);
    const before = await rowsOf(owner.id);
    for (const confirmEmail of [other.email, owner.email.slice(0, -1), `${owner.email}.evil`, "x"]) {
      await expect(owner.caller.account.deleteAccount({ confirmEmail })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "confirmEmail" });
    }
    await expect(owner.caller.account.deleteAccount({ confirmEmail: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    // Typing the owner's email as another user deletes neither account.
    await expect(other.caller.account.deleteAccount({ confirmEmail: owner.email })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await rowsOf(owner.id)).toEqual(before);
    expect((await rowsOf(other.id)).users).toBe(1);
  });

  it("deletes the user's portfolios with their positions, covers, links and acknowledgements — and not another user's", async () => {
    const mine = await createOwnedRows(owner.caller, tdb.prisma);
    await owner.caller.alert.acknowledge({ key: `${mine.portfolioId}:${mine.positionId}:uninsured`, until: "2099-01-01" });
    const theirs = await createOwnedRows(other.caller, tdb.prisma);
    await other.caller.alert.acknowledge({ key: `${theirs.portfolioId}:${theirs.positionId}:uninsured`, until: "2099-01-01" });
    await revokeSession(tdb.prisma, owner.token());
    const token = owner.token();
    const otherBefore = await rowsOf(other.id);
    expect(otherBefore).toEqual({ users: 1, portfolios: 1, positions: 1, covers: 1, links: 1, acks: 1 });

    // Typed with other capitals and spaces, as people do.
    await expect(owner.caller.account.deleteAccount({ confirmEmail: ` ${owner.email.toUpperCase()} ` })).resolves.toEqual({ sessionsEnded: true });

    expect(await rowsOf(owner.id)).toEqual({ users: 0, portfolios: 0, positions: 0, covers: 0, links: 0, acks: 0 });
    expect(await tdb.prisma.revokedSession.count({ where: { userId: owner.id } })).toBe(0);
    expect(await rowsOf(other.id)).toEqual(otherBefore);
    expect(await isLive(token)).toBe(false);
    expect(await isLive(other.token())).toBe(true);
    // The deleted user's still-running caller can do nothing more to the account.
    await expect(owner.caller.account.signOutEverywhere()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
