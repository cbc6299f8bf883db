import { createServer, type IncomingHttpHeaders, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { makeUser } from "@/tests/integration/callers";
import { generateSecret, verify } from "@/server/domain/webhooks/signature";
import type { LookupAll } from "@/server/domain/webhooks/url-policy";
import { attemptDelivery, createDeliveries, WEBHOOK_USER_AGENT, webhookPolicyFromEnv } from "./webhook-delivery";

type Received = { headers: IncomingHttpHeaders; body: string; verified: boolean; verifyReason?: string };
type Answer = (response: ServerResponse, n: number) => void;

/** A real HTTP receiver on 127.0.0.1 that verifies each request's signature as a customer's would. */
async function startReceiver(secret: () => string, answer: Answer) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const verdict = verify(req.headers, body, secret());
      received.push({ headers: req.headers, body, verified: verdict.ok, verifyReason: verdict.ok ? undefined : verdict.reason });
      answer(res, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/hooks/coverdesk`,
    received,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

const open: Receiver[] = [];
async function receiver(secret: () => string, answer: Answer): Promise<Receiver> {
  const r = await startReceiver(secret, answer);
  open.push(r);
  return r;
}

let tdb: TestDatabase;
let userId: string;
const loopback = { allowPrivate: true, production: false };
const strict = { allowPrivate: false, production: false };

beforeAll(async () => {
  tdb = await createTestDatabase();
  userId = (await makeUser(tdb.prisma, "hooked")).id;
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
  await tdb.prisma.webhook.deleteMany({});
});
afterAll(() => tdb.drop());

async function webhook(url: string, events = ["alert.cover_expiring"], owner = userId) {
  return tdb.prisma.webhook.create({ data: { userId: owner, url, events, secret: generateSecret() } });
}

async function oneDelivery(url: string) {
  const hook = await webhook(url);
  const [id] = await createDeliveries(tdb.prisma, userId, [{ type: "alert.cover_expiring", data: { coverId: "c1" } }]);
  return { hook, id: id! };
}

const row = (id: string) => tdb.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } });

describe("createDeliveries", () => {
  it("makes one pending delivery per subscribed webhook of the user, with the exact JSON body, in a transaction too", async () => {
    const expiring = await webhook("https://a.example/hook", ["alert.cover_expiring"]);
    const both = await webhook("https://b.example/hook", ["alert.cover_expiring", "alert.incident"]);
    const other = await makeUser(tdb.prisma, "other");
    await webhook("https://c.example/hook", ["alert.cover_expiring", "alert.incident"], other.id);
    const now = new Date("2026-12-05T08:00:00.000Z");

    const ids = await tdb.prisma.$transaction((tx) => createDeliveries(tx, userId, [
      { type: "alert.cover_expiring", data: { coverId: "c1" } },
      { type: "alert.incident", data: { incidentId: "i1" } },
      { type: "alert.uninsured_gap", data: {} },
    ], now));

    expect(ids).toHaveLength(3);
    for (const id of ids) expect(id).toMatch(/^msg_[\w-]{24}$/);
    const rows = await tdb.prisma.webhookDelivery.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => [r.webhookId, r.eventType]).sort()).toEqual([
      [both.id, "alert.cover_expiring"], [both.id, "alert.incident"], [expiring.id, "alert.cover_expiring"],
    ].sort());
    const incident = rows.find((r) => r.eventType === "alert.incident")!;
    expect(incident).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: now, deliveredAt: null, lastError: null });
    expect(incident.payload).toBe('{"type":"alert.incident","timestamp":"2026-12-05T08:00:00.000Z","data":{"incidentId":"i1"}}');
    expect(await createDeliveries(tdb.prisma, userId, [])).toEqual([]);
  });
});

describe("attemptDelivery", () => {
  it("POSTs the signed body to a real receiver, which verifies it; the log records the success", async () => {
    let secret = "";
    const r = await receiver(() => secret, (res) => res.writeHead(204).end());
    const { hook, id } = await oneDelivery(r.url);
    secret = hook.secret;

    expect(await attemptDelivery(tdb.prisma, id, loopback)).toEqual({ status: "succeeded", retryAt: null });

    expect(r.received).toHaveLength(1);
    const [got] = r.received;
    expect(got!.verified, got!.verifyReason).toBe(true);
    expect(got!.headers).toMatchObject({ "content-type": "application/json", "user-agent": WEBHOOK_USER_AGENT, "webhook-id": id });
    expect(got!.body).toBe((await row(id)).payload);
    expect(JSON.parse(got!.body)).toMatchObject({ type: "alert.cover_expiring", data: { coverId: "c1" } });
    expect(await row(id)).toMatchObject({ status: "succeeded", attempts: 1, lastStatusCode: 204, lastError: null, nextAttemptAt: null });
    expect((await row(id)).deliveredAt).toBeInstanceOf(Date);
    // A delivered message is not sent again.
    expect(await attemptDelivery(tdb.prisma, id, loopback)).toEqual({ status: "succeeded", retryAt: null });
    expect(r.received).toHaveLength(1);
  });

  it("retries after a 500 in about 5 s, with the same webhook-id, and succeeds on the second attempt", async () => {
    let secret = "";
    const r = await receiver(() => secret, (res, n) => res.writeHead(n === 1 ? 500 : 200).end(n === 1 ? "boom" : "ok"));
    const { hook, id } = await oneDelivery(r.url);
    secret = hook.secret;

    const before = Date.now();
    const first = await attemptDelivery(tdb.prisma, id, loopback);
    expect(first.status).toBe("retry");
    expect(first.retryAt!.getTime() - before).toBeGreaterThanOrEqual(5_000);
    expect(first.retryAt!.getTime() - Date.now()).toBeLessThanOrEqual(5_000);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastError: "the receiver answered HTTP 500", nextAttemptAt: first.retryAt, deliveredAt: null });

    expect(await attemptDelivery(tdb.prisma, id, loopback)).toEqual({ status: "succeeded", retryAt: null });
    expect(await row(id)).toMatchObject({ status: "succeeded", attempts: 2, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(r.received.map((g) => [g.headers["webhook-id"], g.verified])).toEqual([[id, true], [id, true]]);
  });

  it("does not follow a redirect: a 302 is a failed attempt, and its target gets nothing", async () => {
    const target = await receiver(() => "", (res) => res.writeHead(200).end());
    const r = await receiver(() => "", (res) => res.writeHead(302, { location: target.url }).end());
    const { id } = await oneDelivery(r.url);

    const result = await attemptDelivery(tdb.prisma, id, loopback);
    expect(result.status).toBe("retry");
    expect(r.received).toHaveLength(1);
    expect(target.received).toHaveLength(0);
    expect(await row(id)).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 302, lastError: "redirect not followed (HTTP 302)" });
  });

  it("gives up on a receiver that never answers after 5 s", async () => {
    const r = await receiver(() => "", () => { /* never answers */ });
    const { id } = await oneDelivery(r.url);

    const started = performance.now();
    const result = await attemptDelivery(tdb.prisma, id, loopback);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(4_900);
    expect(elapsed).toBeLessThan(7_000);
    expect(result.status).toBe("retry");
    expect(await row(id)).toMatchObject({ attempts: 1, lastStatusCode: null, lastError: "no answer within 5 s" });
  }, 15_000);

  it("stops reading a large answer after 64 KiB", async () => {
    const r = await receiver(() => "", (res) => {
      res.writeHead(200);
      // 1 MiB and never the end: the attempt must stop by itself once it has read its fill.
      for (let i = 0; i < 64; i++) res.write("x".repeat(16 * 1024));
    });
    const { id } = await oneDelivery(r.url);
    expect((await attemptDelivery(tdb.prisma, id, { ...loopback, timeoutMs: 3_000 })).status).toBe("succeeded");
  });

  it("records a refused connection as a failed attempt", async () => {
    const r = await receiver(() => "", (res) => res.end());
    const url = r.url;
    await r.close();
    open.splice(open.indexOf(r), 1);
    const { id } = await oneDelivery(url);
    expect((await attemptDelivery(tdb.prisma, id, loopback)).status).toBe("retry");
    expect(await row(id)).toMatchObject({ attempts: 1, lastError: "connection refused" });
  });

  it("refuses at send time a host that resolves to a private address, and an IP literal one, sending nothing", async () => {
    const r = await receiver(() => "", (res) => res.writeHead(200).end());
    for (const url of [`http://localhost:${r.port}/hook`, r.url, `http://[::ffff:127.0.0.1]:${r.port}/hook`]) {
      const { id } = await oneDelivery(url);
      expect((await attemptDelivery(tdb.prisma, id, strict)).status).toBe("retry");
      expect((await row(id)).lastError).toMatch(/^Webhooks can only reach public internet addresses: .*loopback/);
    }
    expect(r.received).toHaveLength(0);
  });

  it("connects only to the address it checked: a name that now resolves to loopback (DNS rebinding) is refused", async () => {
    const r = await receiver(() => "", (res) => res.writeHead(200).end());
    const rebinding: LookupAll = async () => [{ address: "127.0.0.1", family: 4 }];
    const { id } = await oneDelivery(`http://hooks.rebind.example:${r.port}/hook`);
    expect((await attemptDelivery(tdb.prisma, id, { ...strict, lookup: rebinding })).status).toBe("retry");
    expect((await row(id)).lastError).toMatch(/hooks\.rebind\.example resolves to 127\.0\.0\.1, a loopback address/);
    expect(r.received).toHaveLength(0);

    // The connection uses the checked lookup's answer: allowed, the same name reaches the receiver.
    expect((await attemptDelivery(tdb.prisma, id, { ...loopback, lookup: rebinding })).status).toBe("succeeded");
    expect(r.received).toHaveLength(1);
    expect(r.received[0]!.headers.host).toBe(`hooks.rebind.example:${r.port}`);
  });

  it("fails without retrying a URL that breaks the rules now (http in production)", async () => {
    const { id } = await oneDelivery("http://hooks.example.com/hook");
    expect(await attemptDelivery(tdb.prisma, id, { allowPrivate: false, production: true })).toEqual({ status: "failed", retryAt: null });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastError: "The URL must use https://", nextAttemptAt: null });
  });

  it("gives up once the next attempt would be more than 24 hours after the first", async () => {
    const r = await receiver(() => "", (res) => res.writeHead(503).end());
    const { id } = await oneDelivery(r.url);
    const createdAt = (await row(id)).createdAt;
    // The next attempt (5 s later) would be 24 h + 3 s after the first.
    const late = new Date(createdAt.getTime() + 24 * 3_600_000 - 2_000);
    expect(await attemptDelivery(tdb.prisma, id, { ...loopback, now: late })).toEqual({ status: "failed", retryAt: null });
    expect(await row(id)).toMatchObject({ status: "failed", attempts: 1, lastStatusCode: 503, nextAttemptAt: null });
  });

  it("answers failed, without throwing, for a delivery whose webhook was deleted", async () => {
    const { hook, id } = await oneDelivery("https://hooks.example.com/hook");
    await tdb.prisma.webhook.delete({ where: { id: hook.id } });
    expect(await attemptDelivery(tdb.prisma, id, loopback)).toEqual({ status: "failed", retryAt: null });
  });
});

describe("webhookPolicyFromEnv", () => {
  it("reads WEBHOOK_ALLOW_PRIVATE and NODE_ENV", () => {
    expect(webhookPolicyFromEnv({ NODE_ENV: "production" })).toEqual({ allowPrivate: false, production: true });
    expect(webhookPolicyFromEnv({ NODE_ENV: "development", WEBHOOK_ALLOW_PRIVATE: "1" })).toEqual({ allowPrivate: true, production: false });
    expect(webhookPolicyFromEnv({ NODE_ENV: "test", WEBHOOK_ALLOW_PRIVATE: "true" })).toEqual({ allowPrivate: false, production: false });
  });
});
