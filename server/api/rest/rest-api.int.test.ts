import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { makeTeamPortfolio, makeTeamUser, type TeamUser } from "@/tests/integration/team-fixtures";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import type { RateLimitStore } from "@/server/rate-limit/types";
import { createPrismaClient } from "@/server/db/client";
import { handleRestRequest } from "./rest-handler";
import { openApiDocument } from "./openapi-document";

let tdb: TestDatabase;
let owner: TeamUser;
let viewer: TeamUser;
let stranger: TeamUser;
let mainId: string;
let otherId: string;
let strangerPortfolioId: string;

type Sent = { token?: string; body?: unknown; headers?: Record<string, string>; rawBody?: string; ip?: string; limits?: RateLimitStore; now?: Date };
type Got = { status: number; json: Record<string, unknown> & { data?: { fieldErrors?: Record<string, string[]> } }; headers: Headers };

async function rest(method: string, path: string, sent: Sent = {}): Promise<Got> {
  const headers = new Headers(sent.headers);
  if (sent.token) headers.set("authorization", `Bearer ${sent.token}`);
  let body: string | undefined = sent.rawBody;
  if (sent.body !== undefined) {
    body = JSON.stringify(sent.body);
    headers.set("content-type", "application/json");
  }
  const req = new Request(`http://localhost:3000/api/v1${path}`, { method, headers, body });
  const res = await handleRestRequest(req, {
    db: tdb.prisma, clientIp: sent.ip ?? "203.0.113.7", rateLimits: sent.limits ?? new MemoryRateLimitStore(), now: sent.now ? () => sent.now! : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {}, headers: res.headers };
}

const position = (label: string) => ({
  label, asset: "USDC", assetKind: "stablecoin" as const, chain: "ethereum", venueKind: "defi" as const, venue: "aave-v3", valueUsd: "250000",
});
const cover = (positionIds: string[]) => ({
  productName: "Protocol cover", coverageType: "protocol_exploit" as const, amountUsd: "100000", startsAt: "2026-11-01", expiresAt: "2027-11-01", positionIds,
  claimWindowDays: 30,
});

async function tokenFor(user: TeamUser, scope: "read" | "read-write", portfolioId?: string): Promise<string> {
  return (await user.caller.apiToken.create({ name: `${scope} ${portfolioId ?? "all"}`, scope, portfolioId })).token;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  owner = await makeTeamUser(tdb.prisma, "owner");
  viewer = await makeTeamUser(tdb.prisma, "viewer");
  stranger = await makeTeamUser(tdb.prisma, "stranger");
  mainId = await makeTeamPortfolio(tdb.prisma, owner, [[viewer, "viewer"]]);
  otherId = await makeTeamPortfolio(tdb.prisma, owner);
  strangerPortfolioId = await makeTeamPortfolio(tdb.prisma, stranger);
  const p = await owner.caller.position.create({ portfolioId: mainId, ...position("Seed position") });
  await owner.caller.cover.create({ portfolioId: mainId, ...cover([p.id]) });
});
afterAll(async () => {
  await tdb.drop();
});

describe("every REST route, with a read and a read-write token", () => {
  it("serves every read route to both, and every write route to the read-write token only (read → 403, nothing written)", async () => {
    const read = await tokenFor(owner, "read");
    const write = await tokenFor(owner, "read-write");
    const seedPosition = (await owner.caller.position.list({ portfolioId: mainId }))[0]!;
    const seedCover = (await owner.caller.cover.list({ portfolioId: mainId }))[0]!;

    for (const token of [read, write]) {
      const list = await rest("GET", "/portfolios", { token });
      expect(list.status).toBe(200);
      expect((list.json as unknown as { id: string }[]).map((x) => x.id).sort()).toEqual([mainId, otherId].sort());
      expect((await rest("GET", `/portfolios/${mainId}`, { token })).json).toMatchObject({ id: mainId });
      const summary = await rest("GET", `/portfolios/${mainId}/summary?asOf=2026-12-01`, { token });
      expect(summary.status).toBe(200);
      expect(summary.json).toMatchObject({ totals: { valueUsd: "250000.00", insuredUsd: "100000.00", uninsuredUsd: "150000.00" } });
      expect((await rest("GET", `/portfolios/${mainId}/overview`, { token })).status).toBe(200);
      const statement = await rest("GET", `/portfolios/${mainId}/statement?format=md&asOf=2026-12-01`, { token });
      expect(statement.status).toBe(200);
      expect(JSON.stringify(statement.json)).toContain("Protocol cover");
      expect((await rest("GET", `/portfolios/${mainId}/positions`, { token })).json).toEqual([expect.objectContaining({ id: seedPosition.id })]);
      expect((await rest("GET", `/positions/${seedPosition.id}`, { token })).json).toMatchObject({ label: "Seed position" });
      expect((await rest("GET", `/portfolios/${mainId}/covers`, { token })).json).toEqual([expect.objectContaining({ id: seedCover.id })]);
      expect((await rest("GET", `/covers/${seedCover.id}`, { token })).json).toMatchObject({ productName: "Protocol cover", claimWindowDays: 30 });
      const alerts = await rest("GET", `/portfolios/${mainId}/alerts?includeAcknowledged=false&perGroup=3`, { token });
      expect(alerts.status).toBe(200);
      expect(alerts.json).toHaveProperty("groups");
    }

    const refused = [
      await rest("POST", `/portfolios/${mainId}/positions`, { token: read, body: position("Refused") }),
      await rest("PATCH", `/positions/${seedPosition.id}`, { token: read, body: { label: "Renamed" } }),
      await rest("DELETE", `/positions/${seedPosition.id}`, { token: read }),
      await rest("POST", `/portfolios/${mainId}/covers`, { token: read, body: cover([seedPosition.id]) }),
      await rest("PATCH", `/covers/${seedCover.id}`, { token: read, body: { amountUsd: "1" } }),
      await rest("DELETE", `/covers/${seedCover.id}`, { token: read }),
    ];
    for (const r of refused) {
      expect(r.status).toBe(403);
      expect(r.json).toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("read-only") });
    }
    expect(await owner.caller.position.list({ portfolioId: mainId })).toHaveLength(1);
    expect((await owner.caller.position.get({ id: seedPosition.id })).label).toBe("Seed position");

    const created = await rest("POST", `/portfolios/${mainId}/positions`, { token: write, body: position("From a script") });
    expect(created.status).toBe(200);
    const newId = created.json.id as string;
    expect((await rest("PATCH", `/positions/${newId}`, { token: write, body: { valueUsd: "1000.5" } })).json).toMatchObject({ valueUsd: "1000.5" });
    const newCover = await rest("POST", `/portfolios/${mainId}/covers`, { token: write, body: cover([newId]) });
    expect(newCover.status).toBe(200);
    const coverId = newCover.json.id as string;
    expect((await rest("PATCH", `/covers/${coverId}`, { token: write, body: { amountUsd: "900" } })).json).toMatchObject({ amountUsd: "900" });
    expect((await rest("DELETE", `/covers/${coverId}`, { token: write })).json).toEqual({ id: coverId });
    expect((await rest("DELETE", `/positions/${newId}`, { token: write })).json).toEqual({ id: newId });
    expect(await owner.caller.position.list({ portfolioId: mainId })).toHaveLength(1);
    // The audit log names the token's owner, as for a change made in the app.
    const audit = await tdb.prisma.auditEntry.findMany({ where: { portfolioId: mainId, entityId: newId }, select: { userId: true, action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["create", "delete", "update"]);
    expect(new Set(audit.map((a) => a.userId))).toEqual(new Set([owner.id]));
  });

  it("reads query flags as words: includeDrafts=false is false, and a non-word is a 400 naming the field", async () => {
    const token = await tokenFor(owner, "read");
    const off = await rest("GET", `/portfolios/${mainId}/summary?includeDrafts=false`, { token });
    expect(off.status).toBe(200);
    expect(off.json).toMatchObject({ includeDrafts: false });
    expect((await rest("GET", `/portfolios/${mainId}/summary?includeDrafts=true`, { token })).json).toMatchObject({ includeDrafts: true });
    const bad = await rest("GET", `/portfolios/${mainId}/summary?includeDrafts=yes`, { token });
    expect(bad.status).toBe(400);
    expect(bad.json.data?.fieldErrors).toHaveProperty("includeDrafts");
    const badNumber = await rest("GET", `/portfolios/${mainId}/alerts?perGroup=`, { token });
    expect(badNumber.status).toBe(400);
    expect(badNumber.json.data?.fieldErrors).toHaveProperty("perGroup");
  });
});

describe("bad input: field names, sizes and formats", () => {
  it("answers a bad body with 400 and the fields at fault, and saves nothing", async () => {
    const token = await tokenFor(owner, "read-write");
    const bad = await rest("POST", `/portfolios/${mainId}/positions`, { token, body: { ...position("Bad"), valueUsd: "-5", chain: "" } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.data?.fieldErrors ?? {}).sort()).toEqual(["chain", "valueUsd"]);
    const badCover = await rest("POST", `/portfolios/${mainId}/covers`, { token, body: { ...cover([]), claimWindowDays: "" } });
    expect(badCover.status).toBe(400);
    expect(badCover.json.data?.fieldErrors).toHaveProperty("claimWindowDays");
    expect(await owner.caller.position.list({ portfolioId: mainId })).toHaveLength(1);
  });

  it("refuses a body that is not JSON (400), not declared JSON (415) or too large (413)", async () => {
    const token = await tokenFor(owner, "read-write");
    expect((await rest("POST", `/portfolios/${mainId}/positions`, { token, rawBody: "{not json", headers: { "content-type": "application/json" } })).status).toBe(400);
    expect((await rest("POST", `/portfolios/${mainId}/positions`, { token, rawBody: "label=x", headers: { "content-type": "text/plain" } })).status).toBe(415);
    const huge = await rest("POST", `/portfolios/${mainId}/positions`, { token, body: { ...position("Huge"), label: "x".repeat(200_000) } });
    expect(huge.status).toBe(413);
    expect(huge.json).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("answers an unknown route 404 in JSON", async () => {
    const token = await tokenFor(owner, "read");
    const r = await rest("GET", "/nothing-here", { token });
    expect(r.status).toBe(404);
    expect(r.json).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("tokens: who may do what", () => {
  it("refuses a missing, malformed or made-up token 401 with a JSON reason and a Bearer challenge, and never reads the cookie", async () => {
    const none = await rest("GET", "/portfolios");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    // A signed-in browser's cookie is not a credential here.
    const cookie = await rest("GET", "/portfolios", { headers: { cookie: "authjs.session-token=anything" } });
    expect(cookie.status).toBe(401);
    expect(cookie.json.message).toContain("Cookies are not accepted");
    const basic = await rest("GET", "/portfolios", { headers: { authorization: "Basic dXNlcjpwYXNz" } });
    expect(basic).toMatchObject({ status: 401, json: { code: "UNAUTHORIZED" } });
    const shortToken = await rest("GET", "/portfolios", { headers: { authorization: "Bearer cdk_short" } });
    expect(shortToken.json.message).toContain("not a CoverDesk API token");
    const madeUp = await rest("GET", "/portfolios", { token: `cdk_${"A".repeat(43)}` });
    expect(madeUp).toMatchObject({ status: 401, json: { code: "UNAUTHORIZED" } });
  });

  it("stops a revoked token on its very next call, and an expired one", async () => {
    const created = await owner.caller.apiToken.create({ name: "revoke me", scope: "read" });
    expect((await rest("GET", "/portfolios", { token: created.token })).status).toBe(200);
    await owner.caller.apiToken.revoke({ id: created.id });
    const after = await rest("GET", "/portfolios", { token: created.token });
    expect(after.status).toBe(401);
    expect(after.json.message).toContain("revoked");

    const lastDay = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const expiring = await owner.caller.apiToken.create({ name: "expires", scope: "read", expiresAt: lastDay });
    expect((await rest("GET", "/portfolios", { token: expiring.token, now: new Date(`${lastDay}T23:59:00Z`) })).status).toBe(200);
    const later = await rest("GET", "/portfolios", { token: expiring.token, now: new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000) });
    expect(later.status).toBe(401);
    expect(later.json.message).toContain("expired");
  });

  it("confines a token made for one portfolio to it: the others are 404 on every route, and lists show only it", async () => {
    const token = await tokenFor(owner, "read-write", mainId);
    const list = await rest("GET", "/portfolios", { token });
    expect((list.json as unknown as { id: string }[]).map((p) => p.id)).toEqual([mainId]);
    const elsewhere = await owner.caller.position.create({ portfolioId: otherId, ...position("Other portfolio") });
    const elsewhereCover = await owner.caller.cover.create({ portfolioId: otherId, ...cover([elsewhere.id]) });
    const outside = [
      await rest("GET", `/portfolios/${otherId}`, { token }),
      await rest("GET", `/portfolios/${otherId}/summary`, { token }),
      await rest("GET", `/portfolios/${otherId}/overview`, { token }),
      await rest("GET", `/portfolios/${otherId}/statement?format=json`, { token }),
      await rest("GET", `/portfolios/${otherId}/positions`, { token }),
      await rest("GET", `/portfolios/${otherId}/covers`, { token }),
      await rest("GET", `/portfolios/${otherId}/alerts`, { token }),
      await rest("GET", `/positions/${elsewhere.id}`, { token }),
      await rest("GET", `/covers/${elsewhereCover.id}`, { token }),
      await rest("POST", `/portfolios/${otherId}/positions`, { token, body: position("Sneaked in") }),
      await rest("PATCH", `/positions/${elsewhere.id}`, { token, body: { label: "Changed" } }),
      await rest("DELETE", `/positions/${elsewhere.id}`, { token }),
      await rest("PATCH", `/covers/${elsewhereCover.id}`, { token, body: { amountUsd: "1" } }),
      await rest("DELETE", `/covers/${elsewhereCover.id}`, { token }),
    ];
    expect(outside.map((r) => r.status)).toEqual(outside.map(() => 404));
    expect((await owner.caller.position.list({ portfolioId: otherId })).map((p) => p.label)).toEqual(["Other portfolio"]);
    expect((await rest("GET", `/portfolios/${mainId}/positions`, { token })).status).toBe(200);
  });

  it("keeps a member's role: a viewer's token reads but cannot write (403), and another user's portfolio is 404", async () => {
    await expect(viewer.caller.apiToken.create({ name: "x", scope: "read-write", portfolioId: mainId })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "scope" });
    const token = await tokenFor(viewer, "read-write");
    expect((await rest("GET", `/portfolios/${mainId}/positions`, { token })).status).toBe(200);
    const write = await rest("POST", `/portfolios/${mainId}/positions`, { token, body: position("Viewer") });
    expect(write.status).toBe(403);
    expect(write.json.message).toContain("viewer");
    expect((await rest("GET", `/portfolios/${strangerPortfolioId}`, { token })).status).toBe(404);
    await expect(owner.caller.apiToken.create({ name: "x", scope: "read", portfolioId: strangerPortfolioId })).rejects.toMatchObject({ code: "NOT_FOUND", field: "portfolioId" });
  });

  it("stops working for a member who leaves, whose list then no longer names the portfolio", async () => {
    const leaver = await makeTeamUser(tdb.prisma, "leaver");
    const shared = await makeTeamPortfolio(tdb.prisma, owner, [[leaver, "editor"]]);
    const created = await leaver.caller.apiToken.create({ name: "team script", scope: "read-write", portfolioId: shared });
    expect(created.portfolio).toEqual({ id: shared, name: expect.stringMatching(/^Team /) });
    expect((await rest("GET", `/portfolios/${shared}/positions`, { token: created.token })).status).toBe(200);
    await leaver.caller.member.leave({ portfolioId: shared });
    expect((await rest("GET", `/portfolios/${shared}/positions`, { token: created.token })).status).toBe(404);
    expect((await rest("GET", "/portfolios", { token: created.token })).json).toEqual([]);
    expect((await leaver.caller.apiToken.list())[0]?.portfolio).toEqual({ id: shared, name: "A portfolio you no longer belong to" });
  });

  it("caps a user at 50 working tokens; expired ones do not count", async () => {
    const heavy = await makeTeamUser(tdb.prisma, "heavy");
    await tdb.prisma.apiToken.createMany({ data: Array.from({ length: 50 }, (_, i) => ({
      userId: heavy.id, name: `t${i}`, scope: "read", tokenHash: `hash-heavy-${i}`, prefix: "cdk_xxxxxx", expiresAt: i < 3 ? new Date(Date.now() - 1000) : null,
    })) });
    expect((await heavy.caller.apiToken.create({ name: "fits", scope: "read" })).name).toBe("fits");
    await heavy.caller.apiToken.create({ name: "fits too", scope: "read" });
    await heavy.caller.apiToken.create({ name: "and this", scope: "read" });
    await expect(heavy.caller.apiToken.create({ name: "one too many", scope: "read" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await heavy.caller.apiToken.list()).filter((t) => t.status === "expired")).toHaveLength(3);
  });

  it("records the last use (at most once a minute) and lists tokens without their secret", async () => {
    const created = await owner.caller.apiToken.create({ name: "Nightly export", scope: "read" });
    expect(created.token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
    expect(created.lastUsedAt).toBeNull();
    await rest("GET", "/portfolios", { token: created.token });
    const listed = (await owner.caller.apiToken.list()).find((t) => t.id === created.id)!;
    expect(listed).toMatchObject({ name: "Nightly export", scope: "read", prefix: created.token.slice(0, 10), status: "active", portfolio: null });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(await owner.caller.apiToken.list())).not.toContain(created.token);
    const stored = await tdb.prisma.apiToken.findFirst({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token.slice(10));
    // Another user can neither see nor revoke it.
    expect((await stranger.caller.apiToken.list()).map((t) => t.id)).not.toContain(created.id);
    await expect(stranger.caller.apiToken.revoke({ id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses API-token management and other procedures through a token: only the documented routes exist", async () => {
    const token = await tokenFor(owner, "read-write");
    expect((await rest("GET", "/apiToken.list", { token })).status).toBe(404);
    expect((await rest("POST", "/portfolios", { token, body: { name: "x" } })).status).toBe(404);
  });
});

describe("rate limits", () => {
  it("answers 429 with Retry-After once a token has used its minute, and counts each token apart", async () => {
    const limits = new MemoryRateLimitStore();
    const busy = await tokenFor(owner, "read");
    const quiet = await tokenFor(owner, "read");
    // Spend the busy token's budget directly in the store, as 600 calls would.
    const busyId = (await owner.caller.apiToken.list()).find((t) => busy.startsWith(t.prefix))!.id;
    for (let i = 0; i < 600; i += 1) await limits.hit(`api:token:${busyId}`, 600, 60);
    const refused = await rest("GET", "/portfolios", { token: busy, limits });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await rest("GET", "/portfolios", { token: quiet, limits })).status).toBe(200);
  });

  it("answers 429 to an address that keeps presenting bad tokens, even once it finds a good one", async () => {
    const limits = new MemoryRateLimitStore();
    const good = await tokenFor(owner, "read");
    for (let i = 0; i < 30; i += 1) expect((await rest("GET", "/portfolios", { token: `cdk_${String(i).padStart(43, "x")}`, limits, ip: "198.51.100.9" })).status).toBe(401);
    expect((await rest("GET", "/portfolios", { token: `cdk_${"y".repeat(43)}`, limits, ip: "198.51.100.9" })).status).toBe(429);
    // Another address is not affected.
    expect((await rest("GET", "/portfolios", { token: good, limits, ip: "198.51.100.10" })).status).toBe(200);
  });
});

describe("a database outage", () => {
  it("answers 503 with Retry-After while a token cannot be looked up, not 500", async () => {
    const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere", { poolSize: 1 });
    try {
      const req = new Request("http://localhost:3000/api/v1/portfolios", { headers: { authorization: `Bearer cdk_${"Q".repeat(43)}` } });
      const res = await handleRestRequest(req, { db: unreachable, clientIp: "203.0.113.99", rateLimits: new MemoryRateLimitStore() });
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("2");
      expect(await res.json()).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    } finally {
      await unreachable.$disconnect();
    }
  });
});

describe("the OpenAPI document", () => {
  it("validates against the OpenAPI 3 schema and lists every REST route with its method", async () => {
    const doc = openApiDocument();
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    const routes = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    expect(routes).toEqual([
      "DELETE /covers/{id}", "DELETE /positions/{id}",
      "GET /covers/{id}", "GET /portfolios", "GET /portfolios/{id}", "GET /portfolios/{portfolioId}/alerts",
      "GET /portfolios/{portfolioId}/covers", "GET /portfolios/{portfolioId}/overview", "GET /portfolios/{portfolioId}/positions",
      "GET /portfolios/{portfolioId}/statement", "GET /portfolios/{portfolioId}/summary", "GET /positions/{id}",
      "PATCH /covers/{id}", "PATCH /positions/{id}",
      "POST /portfolios/{portfolioId}/covers", "POST /portfolios/{portfolioId}/positions",
    ]);
    expect(doc.servers).toEqual([{ url: "/api/v1" }]);
    expect(doc.components?.securitySchemes).toHaveProperty("bearerAuth");
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
  });
});
