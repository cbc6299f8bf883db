import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCallerFactory, createContextInner, createTRPCRouter } from "@/server/api/trpc";
import { emailProcedures } from "@/server/api/routers/notification-email";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { unsubscribeToken } from "@/server/notifications/unsubscribe-token";
import type { MailConfig } from "@/server/notifications/mailer";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { codeOf, makeUser } from "@/tests/integration/callers";
import { listOutbox, sendTestEmail, unsubscribe, unsubscribeTarget } from "./email-service";

const SECRET = "email-service-int-secret-0123456789";
let tdb: TestDatabase;

// The notification router (not ours) spreads these in; a router of their own tests them here.
const callerOf = createCallerFactory(createTRPCRouter(emailProcedures));
const callerFor = (userId: string, rateLimits = new MemoryRateLimitStore()) =>
  callerOf(createContextInner({ db: tdb.prisma, getSessionUser: async () => ({ id: userId }), rateLimits }));

const config = (smtpUrl: string | null): MailConfig => ({ smtpUrl, from: "CoverDesk <alerts@coverdesk.test>", baseUrl: "https://cd.example" });

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("APP_URL", "https://cd.example");
  tdb = await createTestDatabase();
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await tdb?.drop();
});

describe("unsubscribe", () => {
  it("turns e-mail off with a valid token, creating the preferences row", async () => {
    const u = await makeUser(tdb.prisma, "unsub");
    const token = unsubscribeToken(u.id, SECRET);
    expect(await unsubscribeTarget(tdb.prisma, token)).toEqual({ email: u.email });
    expect(await unsubscribe(tdb.prisma, token)).toBe(true);
    expect(await tdb.prisma.notificationPreference.findUnique({ where: { userId: u.id } })).toMatchObject({ emailEnabled: false, webhooksEnabled: true });
    // Twice (a one-click POST and a click) is fine.
    expect(await unsubscribe(tdb.prisma, token)).toBe(true);
  });

  it("keeps the user's other preferences", async () => {
    const u = await makeUser(tdb.prisma, "prefs");
    await tdb.prisma.notificationPreference.create({ data: { userId: u.id, emailEnabled: true, digestHour: 6, timeZone: "Europe/Paris" } });
    expect(await unsubscribe(tdb.prisma, unsubscribeToken(u.id, SECRET))).toBe(true);
    expect(await tdb.prisma.notificationPreference.findUnique({ where: { userId: u.id } })).toMatchObject({ emailEnabled: false, digestHour: 6, timeZone: "Europe/Paris" });
  });

  it("refuses a forged token and changes nothing", async () => {
    const u = await makeUser(tdb.prisma, "victim");
    await tdb.prisma.notificationPreference.create({ data: { userId: u.id, emailEnabled: true } });
    const snapshot = async () => tdb.prisma.notificationPreference.findMany({ orderBy: { userId: "asc" } });
    const before = await snapshot();
    const genuine = unsubscribeToken(u.id, SECRET);
    for (const forged of [
      unsubscribeToken(u.id, "not-the-secret"),
      // The signature with its last character changed (to another that still decodes canonically).
      `${Buffer.from(u.id).toString("base64url")}.${genuine.split(".")[1]!.slice(0, -1)}${genuine.endsWith("A") ? "E" : "A"}`,
      Buffer.from(u.id).toString("base64url"),
      "",
      "<script>",
    ]) {
      expect(await unsubscribe(tdb.prisma, forged), forged).toBe(false);
      expect(await unsubscribeTarget(tdb.prisma, forged)).toBeNull();
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a genuine token of a deleted account", async () => {
    const u = await makeUser(tdb.prisma, "gone");
    await tdb.prisma.user.delete({ where: { id: u.id } });
    const token = unsubscribeToken(u.id, SECRET);
    expect(await unsubscribe(tdb.prisma, token)).toBe(false);
    expect(await unsubscribeTarget(tdb.prisma, token)).toBeNull();
    expect(await tdb.prisma.notificationPreference.count({ where: { userId: u.id } })).toBe(0);
  });
});

describe("listOutbox", () => {
  it("lists only the caller's messages, newest first, page by page", async () => {
    const alice = await makeUser(tdb.prisma, "alice");
    const bob = await makeUser(tdb.prisma, "bob");
    const t0 = Date.parse("2026-12-01T08:00:00.000Z");
    const mine: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      // Two share a timestamp: the id breaks the tie, so paging neither skips nor repeats.
      const createdAt = new Date(t0 + Math.min(i, 3) * 60_000);
      const row = await tdb.prisma.emailMessage.create({ data: { userId: alice.id, kind: "digest", to: alice.email, subject: `A${i}`, text: "t", html: "h", status: "outbox", createdAt } });
      mine.push(row.id);
    }
    const theirs = await tdb.prisma.emailMessage.create({ data: { userId: bob.id, kind: "test", to: bob.email, subject: "B", text: "t", html: "h", status: "outbox" } });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof listOutbox>> = await listOutbox(tdb.prisma, alice.id, { cursor, limit: 2 });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((m) => m.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen)).toEqual(new Set(mine));
    expect(seen).not.toContain(theirs.id);
    const listed = (await listOutbox(tdb.prisma, alice.id, { limit: 10 })).items;
    expect(seen).toEqual(listed.map((m) => m.id));
    expect(new Set(listed.slice(0, 2).map((m) => m.subject))).toEqual(new Set(["A3", "A4"]));
    expect(listed[0]!.id > listed[1]!.id).toBe(true);
    expect(listed.slice(2).map((m) => m.subject)).toEqual(["A2", "A1", "A0"]);

    // Another user's message id as a cursor reveals nothing.
    expect(await listOutbox(tdb.prisma, alice.id, { cursor: theirs.id, limit: 10 })).toEqual({ items: [], nextCursor: null });

    // Through the procedure: the same, only the caller's.
    const viaBob = await callerFor(bob.id).outbox({ limit: 10 });
    expect(viaBob.items.map((m) => m.id)).toEqual([theirs.id]);
    expect(viaBob.items[0]).toMatchObject({ kind: "test", status: "outbox", to: bob.email, sentAt: null });
    expect(typeof viaBob.items[0]!.createdAt).toBe("string");
  });
});

describe("sendTestEmail", () => {
  it("without SMTP: renders to the user's address and keeps it in the outbox", async () => {
    const u = await makeUser(tdb.prisma, "tester");
    const result = await callerFor(u.id).sendTestEmail();
    expect(result.status).toBe("outbox");
    const row = await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ userId: u.id, kind: "test", to: u.email, subject: "CoverDesk: test e-mail", status: "outbox" });
    expect(row.text).toContain(`https://cd.example/unsubscribe/${unsubscribeToken(u.id, SECRET)}`);
    expect(row.html).toContain('href="https://cd.example/settings/notifications"');
  });

  it("with SMTP: sends it at once; a failure is reported, not thrown", async () => {
    const u = await makeUser(tdb.prisma, "smtp");
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true, disabledCommands: ["STARTTLS"], logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on("end", () => { received.push(...session.envelope.rcptTo.map((r) => r.address)); callback(); });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.server.address() as AddressInfo;
      const sent = await sendTestEmail(tdb.prisma, u.id, config(`smtp://127.0.0.1:${port}`));
      expect(sent).toEqual({ id: expect.any(String), status: "sent" });
      expect(received).toEqual([u.email]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }

    const failed = await sendTestEmail(tdb.prisma, u.id, config("smtp://127.0.0.1:1"));
    expect(failed).toMatchObject({ status: "failed", error: expect.stringMatching(/ECONNREFUSED|connect/i) });
    expect(await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("is rate-limited per user", async () => {
    const u = await makeUser(tdb.prisma, "flood");
    const store = new MemoryRateLimitStore();
    for (let i = 0; i < 5; i += 1) expect((await callerFor(u.id, store).sendTestEmail()).status).toBe("outbox");
    expect(await codeOf(callerFor(u.id, store).sendTestEmail())).toBe("TOO_MANY_REQUESTS");
    expect(await tdb.prisma.emailMessage.count({ where: { userId: u.id } })).toBe(5);
  });

  it("needs a session", async () => {
    const anonymous = callerOf(createContextInner({ db: tdb.prisma, getSessionUser: async () => null }));
    expect(await codeOf(anonymous.sendTestEmail())).toBe("UNAUTHORIZED");
    expect(await codeOf(anonymous.outbox({ limit: 5 }))).toBe("UNAUTHORIZED");
  });
});
