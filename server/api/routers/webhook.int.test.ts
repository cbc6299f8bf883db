import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { generateSecret, verify } from "@/server/domain/webhooks/signature";

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let aliceId: string;

type Received = { headers: IncomingHttpHeaders; body: string; verified: boolean };
let received: Received[] = [];
let receiverSecret = "";
let receiverUrl = "";
let closeReceiver: () => Promise<void>;

type Refusal = { code?: string; field?: string; message?: string } | null;
const refusal = (call: Promise<unknown>): Promise<Refusal> =>
  call.then(() => null, (e: { code?: string; field?: string; message?: string }) => ({ code: e.code, field: e.field, message: e.message }));

beforeAll(async () => {
  tdb = await createTestDatabase();
  aliceId = (await makeUser(tdb.prisma, "alice")).id;
  alice = callerFor(tdb.prisma, aliceId);
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
  // A customer's endpoint on loopback: it verifies every request with the secret it was given.
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verified = verify(req.headers, body, receiverSecret).ok;
      received.push({ headers: req.headers, body, verified });
      res.writeHead(verified ? 200 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/coverdesk`;
  closeReceiver = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
});
afterEach(async () => {
  vi.unstubAllEnvs();
  received = [];
  await tdb.prisma.webhook.deleteMany({});
});
afterAll(async () => {
  await closeReceiver();
  await tdb.drop();
});

/** Loopback targets over http are allowed only with WEBHOOK_ALLOW_PRIVATE=1 (development, tests). */
const allowLoopback = () => vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "1");

describe("webhook.create / list / test / deliveries / delete", () => {
  it("registers an endpoint, sends it a signed test message it verifies, and logs the delivery", async () => {
    allowLoopback();
    const created = await alice.webhook.create({ url: receiverUrl, events: ["alert.cover_expiring", "alert.incident"] });
    expect(created).toMatchObject({ url: receiverUrl, events: ["alert.cover_expiring", "alert.incident"], lastDelivery: null });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiverSecret = created.secret;

    const listed = await alice.webhook.list();
    expect(listed).toEqual([{ id: created.id, url: receiverUrl, events: created.events, createdAt: created.createdAt, lastDelivery: null }]);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const delivery = await alice.webhook.test({ id: created.id });
    expect(delivery).toMatchObject({ webhookId: created.id, eventType: "webhook.test", status: "succeeded", attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(delivery.deliveredAt).not.toBeNull();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ verified: true, body: delivery.payload });
    expect(received[0]!.headers["webhook-id"]).toBe(delivery.id);
    expect(JSON.parse(delivery.payload)).toMatchObject({ type: "webhook.test", data: { webhookId: created.id } });

    expect((await alice.webhook.list())[0]!.lastDelivery).toEqual({ status: "succeeded", at: delivery.deliveredAt, lastStatusCode: 200, lastError: null });
    expect(await alice.webhook.deliveries({ webhookId: created.id })).toEqual({ items: [delivery], nextCursor: null });

    expect(await alice.webhook.delete({ id: created.id })).toEqual({ id: created.id });
    expect(await alice.webhook.list()).toEqual([]);
    expect(await tdb.prisma.webhookDelivery.count({ where: { webhookId: created.id } })).toBe(0);
  });

  it("keeps the secret given, and a test the receiver refuses is logged failed, not retried", async () => {
    allowLoopback();
    const secret = generateSecret();
    const created = await alice.webhook.create({ url: receiverUrl, events: ["alert.incident"], secret });
    expect(created.secret).toBe(secret);
    receiverSecret = generateSecret(); // the receiver was given another secret: it answers 401

    const delivery = await alice.webhook.test({ id: created.id });
    expect(delivery).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 401, lastError: "the receiver answered HTTP 401", nextAttemptAt: null, deliveredAt: null });
    expect((await alice.webhook.list())[0]!.lastDelivery).toMatchObject({ status: "failed", lastStatusCode: 401 });
  });

  it("pages the delivery log newest first", async () => {
    allowLoopback();
    const created = await alice.webhook.create({ url: receiverUrl, events: ["alert.incident"] });
    receiverSecret = created.secret;
    const sent = [];
    for (let i = 0; i < 3; i++) sent.push(await alice.webhook.test({ id: created.id }));
    const newestFirst = sent.reverse().map((d) => d.id);

    const first = await alice.webhook.deliveries({ webhookId: created.id, limit: 2 });
    expect(first.items.map((d) => d.id)).toEqual(newestFirst.slice(0, 2));
    expect(first.nextCursor).toBe(newestFirst[1]);
    const second = await alice.webhook.deliveries({ webhookId: created.id, cursor: first.nextCursor!, limit: 2 });
    expect(second).toMatchObject({ items: [{ id: newestFirst[2] }], nextCursor: null });

    const other = await alice.webhook.create({ url: receiverUrl, events: ["alert.incident"] });
    expect(await refusal(alice.webhook.deliveries({ webhookId: other.id, cursor: newestFirst[0]! }))).toMatchObject({ code: "BAD_REQUEST", field: "cursor" });
  });

  it("saves a public address without sending anything, without WEBHOOK_ALLOW_PRIVATE", async () => {
    const created = await alice.webhook.create({ url: "https://8.8.8.8/coverdesk", events: ["alert.uninsured_gap"] });
    expect(created.url).toBe("https://8.8.8.8/coverdesk");
    expect(received).toHaveLength(0);
  });

  it("is the owner's only: another user gets NOT_FOUND on delete, test and deliveries, and sees none of it", async () => {
    const created = await alice.webhook.create({ url: "https://8.8.8.8/coverdesk", events: ["alert.incident"] });
    expect(await codeOf(bob.webhook.delete({ id: created.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.webhook.test({ id: created.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.webhook.deliveries({ webhookId: created.id }))).toBe("NOT_FOUND");
    expect(await bob.webhook.list()).toEqual([]);
    expect(await tdb.prisma.webhookDelivery.count()).toBe(0);
    expect((await alice.webhook.list()).map((w) => w.id)).toEqual([created.id]);
    await alice.webhook.delete({ id: created.id });
    expect(await codeOf(alice.webhook.delete({ id: created.id }))).toBe("NOT_FOUND");
    expect(await codeOf(alice.webhook.test({ id: created.id }))).toBe("NOT_FOUND");
  });

  it("refuses a bad URL naming the field url, and saves nothing", async () => {
    const events = ["alert.incident" as const];
    const cases: [string, RegExp, (() => void)?][] = [
      ["http://hooks.example.com/x", /must use https/, () => vi.stubEnv("NODE_ENV", "production")],
      ["https://127.0.0.1/x", /public internet addresses: 127\.0\.0\.1 is a loopback address/],
      ["https://localhost/x", /public internet addresses: localhost resolves to (127\.0\.0\.1|::1), a loopback address/],
      ["https://[::1]/x", /::1 is a loopback address/],
      ["https://169.254.169.254/latest/meta-data", /cloud metadata/],
      ["https://10.0.0.8/x", /private address/],
      ["https://user:secret@hooks.example.com/x", /user name or password/],
      ["ftp://hooks.example.com/x", /https:\/\//],
      ["not a url", /full URL/],
      ["https://no-such-host.invalid/x", /could not be found/],
    ];
    for (const [url, message, setup] of cases) {
      setup?.();
      expect(await refusal(alice.webhook.create({ url, events })), url).toMatchObject({ code: "BAD_REQUEST", field: "url", message: expect.stringMatching(message) });
      vi.unstubAllEnvs();
    }
    expect(await tdb.prisma.webhook.count()).toBe(0);
  });

  it("refuses bad input the schema catches, naming the field", async () => {
    const base = { url: "https://8.8.8.8/x", events: ["alert.incident"] };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ url: `https://8.8.8.8/${"a".repeat(2000)}` }, /"url"[\s\S]*At most 2,000 characters/],
      [{ events: ["alert.unknown"] }, /"events"[\s\S]*Unknown event type/],
      [{ events: ["webhook.test"] }, /"events"[\s\S]*Unknown event type/],
      [{ events: [] }, /"events"[\s\S]*at least one event/],
      [{ events: ["alert.incident", "alert.incident"] }, /"events"[\s\S]*at most once/],
      [{ secret: "not-a-secret" }, /"secret"[\s\S]*whsec_/],
    ];
    for (const [over, message] of cases) {
      const err = await refusal(alice.webhook.create({ ...base, ...over } as Parameters<Caller["webhook"]["create"]>[0]));
      expect(err?.code, JSON.stringify(over)).toBe("BAD_REQUEST");
      expect(err?.message, JSON.stringify(over)).toMatch(message);
    }
    const shortKey = `whsec_${Buffer.alloc(16, 1).toString("base64")}`;
    expect(await refusal(alice.webhook.create({ ...base, events: ["alert.incident"], secret: shortKey }))).toMatchObject({ code: "BAD_REQUEST", field: "secret", message: expect.stringMatching(/24 to 64 bytes/) });
    expect(await tdb.prisma.webhook.count()).toBe(0);
  });

  it("allows at most 10 webhooks per user, even when created at once", async () => {
    const create = () => alice.webhook.create({ url: "https://8.8.8.8/x", events: ["alert.incident"] });
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => refusal(create())));
    expect(outcomes.filter((o) => o === null)).toHaveLength(10);
    for (const o of outcomes.filter((o) => o !== null)) expect(o).toMatchObject({ code: "BAD_REQUEST", field: "url", message: expect.stringMatching(/at most 10 webhooks/) });
    expect(await tdb.prisma.webhook.count({ where: { userId: aliceId } })).toBe(10);
    // Another user's count is their own.
    expect(await codeOf(bob.webhook.create({ url: "https://8.8.8.8/x", events: ["alert.incident"] }))).toBe("OK");
  });
});
