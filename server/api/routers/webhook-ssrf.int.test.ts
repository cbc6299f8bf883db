/**
 * Issue 15, attacked: what a hostile signed-in user can make the webhook feature do. SSRF at
 * save time and at send time (numeric and IPv6 spellings of loopback and metadata addresses,
 * DNS that changes its answer, redirects), data coming back through the delivery log, another
 * user's webhooks, and floods of webhook.test.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { generateSecret } from "@/server/domain/webhooks/signature";
import type { LookupAll } from "@/server/domain/webhooks/url-policy";
import { attemptDelivery, createDeliveries } from "@/server/notifications/webhook-delivery";
import { createWebhook, testWebhook } from "@/server/services/webhook-service";
import { WEBHOOK_TEST_RULE } from "./webhook";

const PRODUCTION = { allowPrivate: false, production: true };
/** Production's address rules with plain http allowed, so a local receiver is what gets refused. */
const STRICT_HTTP = { allowPrivate: false, production: false };
const LOOPBACK_OK = { allowPrivate: true, production: false };
const SECRET_MARK = "EXFIL-7f3a9c-metadata-token";

let tdb: TestDatabase;
let alice: { id: string; caller: Caller };
let bob: { id: string; caller: Caller };

type Hit = { method?: string; url?: string };
const servers: (Server | TcpServer)[] = [];

/** An HTTP server on 127.0.0.1 that records every request and answers with `answer`. */
async function httpTarget(answer: (res: import("node:http").ServerResponse) => void) {
  const hits: Hit[] = [];
  const server = createHttpServer((req, res) => {
    hits.push({ method: req.method, url: req.url });
    req.resume();
    req.on("end", () => answer(res));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, hits };
}

/** A TCP server on 127.0.0.1 that is not HTTP: it writes a banner (think Redis, SMTP) and counts connections. */
async function tcpTarget(banner: string) {
  const hits: number[] = [];
  const server = createTcpServer((socket) => {
    hits.push(Date.now());
    socket.on("error", () => undefined);
    socket.write(banner, () => socket.destroy());
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, hits };
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  const a = await makeUser(tdb.prisma, "ssrf-alice");
  const b = await makeUser(tdb.prisma, "ssrf-bob");
  alice = { id: a.id, caller: callerFor(tdb.prisma, a.id, { rateLimits: new MemoryRateLimitStore() }) };
  bob = { id: b.id, caller: callerFor(tdb.prisma, b.id, { rateLimits: new MemoryRateLimitStore() }) };
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((r) => {
    if ("closeAllConnections" in s) s.closeAllConnections();
    s.close(() => r());
  })));
  await tdb.prisma.webhook.deleteMany({});
});
afterAll(() => tdb.drop());

/** A webhook row as it might have been saved under a laxer policy, or before its DNS changed. */
const savedHook = (url: string, userId = alice.id) =>
  tdb.prisma.webhook.create({ data: { userId, url, events: ["alert.cover_expiring"], secret: generateSecret() } });

async function deliveryTo(url: string) {
  const hook = await savedHook(url);
  const [id] = await createDeliveries(tdb.prisma, alice.id, [{ type: "alert.cover_expiring", data: { coverId: "c1" } }]);
  return { hook, id: id! };
}

const SAVE_TIME_ATTACKS: [string, RegExp][] = [
  ["https://2130706433/", /loopback/],
  ["https://0x7f.1/", /loopback/],
  ["https://0177.0.0.1/", /loopback/],
  ["https://127.1/", /loopback/],
  ["https://0x7f000001:8443/", /loopback/],
  ["https://127.0.0.1./", /loopback/],
  ["https://%31%32%37.0.0.1/", /loopback/],
  ["https://１２７.0.0.1/", /loopback/],
  ["https://localhost/", /loopback/],
  ["https://[::]/", /unspecified/],
  ["https://[::1]/", /loopback/],
  ["https://[::ffff:127.0.0.1]/", /IPv4-mapped form of a loopback/],
  ["https://[0:0:0:0:0:ffff:7f00:1]/", /IPv4-mapped form of a loopback/],
  ["https://[::ffff:a9fe:a9fe]/latest/meta-data", /IPv4-mapped form of the cloud metadata/],
  ["https://[::127.0.0.1]/", /reserved IPv6/],
  ["https://[64:ff9b::a9fe:a9fe]/", /NAT64/],
  ["https://[2002:7f00:1::]/", /6to4/],
  ["https://[fd00::1]/", /unique local/],
  ["https://[fe80::1]/", /link-local/],
  ["https://[fe80::1%25lo]/", /full URL/],
  ["https://169.254.169.254/latest/meta-data/", /cloud metadata/],
  ["https://2852039166/", /cloud metadata/],
  ["https://0.0.0.0/", /this network/],
  ["https://0/", /this network/],
  ["https://10.0.0.1/", /private/],
  ["https://192.168.1.1/", /private/],
  ["https://100.64.0.1/", /carrier-grade/],
  ["https://evil@127.0.0.1/", /user name or password/],
  ["https://example.com:443@127.0.0.1/", /user name or password/],
  ["https://user:pw@example.com/", /user name or password/],
  ["http://example.com/hook", /must use https/],
  ["ftp://example.com/", /must start with https/],
  ["javascript:alert(1)", /must start with https/],
  ["file:///etc/passwd", /must start with https/],
  ["gopher://127.0.0.1:6379/_INFO", /must start with https/],
  ["//127.0.0.1/", /full URL/],
  [`https://example.com/${"a".repeat(2000)}`, /at most 2,000 characters/],
];

describe("save time, production policy: every spelling of a non-public target is refused and nothing is written", () => {
  it.each(SAVE_TIME_ATTACKS)("%s", async (url, reason) => {
    const error = await createWebhook(tdb.prisma, alice.id, { url, events: ["alert.cover_expiring"] }, PRODUCTION).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "url" });
    expect((error as Error).message).toMatch(reason);
    expect(await tdb.prisma.webhook.count()).toBe(0);
  });

  it("the router (zod first) refuses CRLF-free oversize and blank URLs before any lookup, and a URL with CR/LF cannot inject a header", async () => {
    expect(await codeOf(alice.caller.webhook.create({ url: `https://a.example/${"x".repeat(2001)}`, events: ["alert.incident"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(alice.caller.webhook.create({ url: "   ", events: ["alert.incident"] }))).toBe("BAD_REQUEST");
    // The WHATWG parser drops CR/LF/tab: the host is 127.0.0.1 after all, and is refused.
    const error = await createWebhook(tdb.prisma, alice.id, { url: "https://127.0.0.\r\n1/x\r\nX-Injected: 1", events: ["alert.incident"] }, PRODUCTION)
      .then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "url" });
    expect(await tdb.prisma.webhook.count()).toBe(0);
  });
});

describe("send time: a saved URL that now points inside is refused without a connection", () => {
  it.each([
    ["http://127.0.0.1:PORT/hook"],
    ["http://2130706433:PORT/hook"],
    ["http://0x7f.1:PORT/hook"],
    ["http://127.1:PORT/hook"],
    ["http://[::ffff:127.0.0.1]:PORT/hook"],
    ["http://localhost:PORT/hook"],
  ])("%s: refused, the receiver sees nothing (a retry, if scheduled, is refused again)", async (template) => {
    const target = await httpTarget((res) => res.end("ok"));
    const { id } = await deliveryTo(template.replace("PORT", String(target.port)));
    const first = await attemptDelivery(tdb.prisma, id, { ...STRICT_HTTP, timeoutMs: 2_000 });
    // The address is checked per attempt (DNS may change), so the worker schedules a retry...
    expect(first.status).toBe("retry");
    // ...which is refused the same way.
    expect(await attemptDelivery(tdb.prisma, id, { ...STRICT_HTTP, timeoutMs: 2_000, retry: false })).toEqual({ status: "failed", retryAt: null });
    const row = await tdb.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "failed", attempts: 2, lastStatusCode: null, deliveredAt: null });
    expect(row.lastError).toMatch(/only reach public internet addresses/);
    expect(target.hits).toEqual([]);
  });

  it("under the production policy a saved http:// URL is refused before anything else (and never retried)", async () => {
    const target = await httpTarget((res) => res.end("ok"));
    const { id } = await deliveryTo(`http://127.0.0.1:${target.port}/hook`);
    expect(await attemptDelivery(tdb.prisma, id, PRODUCTION)).toEqual({ status: "failed", retryAt: null });
    expect((await tdb.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } })).lastError).toBe("The URL must use https://");
    expect(target.hits).toEqual([]);
  });

  it.each<[string, LookupAll]>([
    ["rebinds to loopback", async () => [{ address: "127.0.0.1", family: 4 }]],
    ["answers a public address first and loopback second", async () => [{ address: "93.184.215.14", family: 4 }, { address: "127.0.0.1", family: 4 }]],
    ["answers an IPv4-mapped IPv6 loopback", async () => [{ address: "::ffff:127.0.0.1", family: 6 }]],
    ["answers the metadata address", async () => [{ address: "169.254.169.254", family: 4 }]],
    ["answers a link-local IPv6 with a zone", async () => [{ address: "fe80::1%lo", family: 6 }]],
  ])("a host name whose DNS %s is refused at send time, with no connection", async (_label, lookup) => {
    const target = await httpTarget((res) => res.end("ok"));
    const { id } = await deliveryTo(`http://rebind.attacker.test:${target.port}/hook`);
    const result = await attemptDelivery(tdb.prisma, id, { ...STRICT_HTTP, lookup, retry: false, timeoutMs: 2_000 });
    expect(result.status).toBe("failed");
    const row = await tdb.prisma.webhookDelivery.findUniqueOrThrow({ where: { id } });
    expect(row.lastError).toMatch(/rebind\.attacker\.test resolves to .*, (a loopback|an IPv4-mapped|the cloud metadata|a link-local)/);
    expect(row.lastStatusCode).toBeNull();
    expect(target.hits).toEqual([]);
  });
});

describe("what comes back: redirects are not followed and the target's answer never reaches the user", () => {
  it.each([301, 302, 303, 307, 308])("HTTP %i with Location to the metadata address (and to a second local server) is not followed", async (code) => {
    const inner = await httpTarget((res) => res.end(SECRET_MARK));
    const outer = await httpTarget((res) => {
      res.writeHead(code, { Location: `http://127.0.0.1:${inner.port}/latest/meta-data/`, Link: "<http://169.254.169.254/>" });
      res.end(`see http://169.254.169.254/latest/meta-data/ ${SECRET_MARK}`);
    });
    const hook = await savedHook(`http://127.0.0.1:${outer.port}/hook`);
    const delivery = await testWebhook(tdb.prisma, alice.id, hook.id, LOOPBACK_OK);
    expect(delivery).toMatchObject({ status: "failed", lastStatusCode: code, lastError: `redirect not followed (HTTP ${code})` });
    expect(outer.hits).toHaveLength(1);
    expect(inner.hits).toEqual([]);
  });

  it("a 500 with a secret in its body and headers: the delivery log and the list show the status only", async () => {
    const target = await httpTarget((res) => {
      res.writeHead(500, { "X-Secret": SECRET_MARK, "Content-Type": "text/plain" });
      res.end(`internal credentials: ${SECRET_MARK}\n`.repeat(100));
    });
    const hook = await savedHook(`http://127.0.0.1:${target.port}/hook`);
    await testWebhook(tdb.prisma, alice.id, hook.id, LOOPBACK_OK);
    const page = await alice.caller.webhook.deliveries({ webhookId: hook.id });
    expect(page.items[0]).toMatchObject({ status: "failed", lastStatusCode: 500, lastError: "the receiver answered HTTP 500" });
    expect(JSON.stringify(page)).not.toContain(SECRET_MARK);
    expect(JSON.stringify(await alice.caller.webhook.list())).not.toContain(SECRET_MARK);
  });

  it.each([
    ["a Redis-like banner", `-ERR ${SECRET_MARK}\r\n`],
    ["an SMTP-like banner", `220 ${SECRET_MARK} ESMTP\r\n`],
    ["a broken HTTP header", `HTTP/1.1 200 OK\r\nX-Leak: ${SECRET_MARK}\u0000\r\n\r\n`],
    ["a status line with a secret reason", `HTTP/1.1 599 ${SECRET_MARK}\r\nContent-Length: 0\r\n\r\n`],
  ])("a non-HTTP service answering with %s: its bytes never appear in lastError", async (_label, banner) => {
    const target = await tcpTarget(banner);
    const hook = await savedHook(`http://127.0.0.1:${target.port}/hook`);
    const delivery = await testWebhook(tdb.prisma, alice.id, hook.id, { ...LOOPBACK_OK });
    expect(delivery.status).toBe("failed");
    expect(target.hits.length).toBe(1);
    expect(delivery.lastError ?? "").not.toContain(SECRET_MARK);
    expect(JSON.stringify(await alice.caller.webhook.deliveries({ webhookId: hook.id }))).not.toContain(SECRET_MARK);
  });
});

describe("another user's webhooks", () => {
  it("bob cannot read alice's delivery log, test, delete, or page her log through his own webhook", async () => {
    const hers = await savedHook("https://127.0.0.1:9/alice");
    const [herDelivery] = await createDeliveries(tdb.prisma, alice.id, [{ type: "alert.cover_expiring", data: { coverId: "secret-cover" } }]);
    const his = await savedHook("https://127.0.0.1:9/bob", bob.id);
    const before = await tdb.prisma.webhookDelivery.count();

    expect(await codeOf(bob.caller.webhook.deliveries({ webhookId: hers.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.caller.webhook.test({ id: hers.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.caller.webhook.delete({ id: hers.id }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.caller.webhook.deliveries({ webhookId: his.id, cursor: herDelivery! }))).toBe("BAD_REQUEST");
    expect(JSON.stringify(await bob.caller.webhook.list())).not.toContain(hers.id);

    expect(await tdb.prisma.webhookDelivery.count()).toBe(before);
    expect(await tdb.prisma.webhook.findUnique({ where: { id: hers.id } })).not.toBeNull();
  });

  it("the secret is answered once by create and never by list, delivery or test", async () => {
    const created = await createWebhook(tdb.prisma, alice.id, { url: "https://[2606:4700:4700::1111]/hook", events: ["alert.incident"] }, PRODUCTION);
    expect(created.secret).toMatch(/^whsec_/);
    const listed = JSON.stringify(await alice.caller.webhook.list());
    expect(listed).toContain(created.id);
    expect(listed).not.toContain(created.secret);
    expect(listed).not.toContain(created.secret.slice("whsec_".length));
    expect(listed).not.toMatch(/"secret"/);
  });
});

describe("webhook.test flood", () => {
  it(`answers TOO_MANY_REQUESTS after ${WEBHOOK_TEST_RULE.limit} tests, and a refused test sends nothing and writes nothing`, async () => {
    const hook = await savedHook("https://127.0.0.1:9/flood");
    const caller = callerFor(tdb.prisma, alice.id, { rateLimits: new MemoryRateLimitStore() });
    for (let i = 0; i < WEBHOOK_TEST_RULE.limit; i++) expect(await caller.webhook.test({ id: hook.id })).toMatchObject({ status: "failed" });
    const rows = await tdb.prisma.webhookDelivery.count({ where: { webhookId: hook.id } });
    expect(rows).toBe(WEBHOOK_TEST_RULE.limit);
    const refused = await Promise.all(Array.from({ length: 20 }, () => codeOf(caller.webhook.test({ id: hook.id }))));
    expect(new Set(refused)).toEqual(new Set(["TOO_MANY_REQUESTS"]));
    expect(await tdb.prisma.webhookDelivery.count({ where: { webhookId: hook.id } })).toBe(rows);
  });
});
