// Issue 17's REST API attacked over HTTP, against the production build: cookies instead of a
// token (a cross-site form cannot drive it), tokens where they do not belong, guessing floods
// behind spoofed headers, giant bodies, and revocation racing calls in flight.
import { beforeAll, describe, expect, it } from "vitest";
import { type RawResponse, newSignedInUser, send, signOutOver } from "./http-client";

type User = { cookie: string; from: string };
let alice: User;
let portfolioId = "";
let readToken = "";
let writeToken = "";

const trpc = (u: User, path: string, input: unknown) => send({
  method: "POST", path: `/api/trpc/${path}`, from: u.from, headers: { "content-type": "application/json", cookie: u.cookie }, body: JSON.stringify(input),
});
const data = <T>(res: RawResponse): T => {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${res.body.slice(0, 300)}`);
  return (JSON.parse(res.body) as { result: { data: T } }).result.data;
};
const api = (path: string, opts: { token?: string; method?: string; body?: unknown; headers?: Record<string, string>; from?: string } = {}) => send({
  method: opts.method ?? "GET", path: `/api/v1${path}`, from: opts.from ?? "127.0.0.71",
  headers: {
    ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
    ...(opts.body !== undefined ? { "content-type": "application/json" } : {}),
    ...opts.headers,
  },
  body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
});
const position = { label: "Script position", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "10" };

beforeAll(async () => {
  alice = { ...(await newSignedInUser("127.0.0.71", "rest-alice")), from: "127.0.0.71" };
  portfolioId = data<{ id: string }>(await trpc(alice, "portfolio.create", { name: "Alice API treasury" })).id;
  readToken = data<{ token: string }>(await trpc(alice, "apiToken.create", { name: "reader", scope: "read" })).token;
  writeToken = data<{ token: string }>(await trpc(alice, "apiToken.create", { name: "writer", scope: "read-write" })).token;
}, 60_000);

describe("only a Bearer token opens /api/v1", () => {
  it("refuses a signed-in browser's cookie, so a cross-site form post with it writes nothing", async () => {
    const form = await api(`/portfolios/${portfolioId}/positions`, {
      method: "POST", body: position, headers: { cookie: alice.cookie, origin: "https://evil.example", referer: "https://evil.example/" },
    });
    expect(form.status).toBe(401);
    expect(JSON.parse(form.body)).toMatchObject({ code: "UNAUTHORIZED", message: expect.stringContaining("Cookies are not accepted") });
    const list = await api(`/portfolios/${portfolioId}/positions`, { token: readToken });
    expect(JSON.parse(list.body)).toEqual([]);
  });

  it("takes no token from the query string or another header", async () => {
    expect((await api(`/portfolios?access_token=${readToken}`)).status).toBe(401);
    expect((await api("/portfolios", { headers: { "x-api-key": readToken } })).status).toBe(401);
    expect((await api("/portfolios", { headers: { authorization: `Token ${readToken}` } })).status).toBe(401);
  });

  it("does not let a token stand in for a session on the app's own tRPC endpoint", async () => {
    const res = await send({ path: "/api/trpc/apiToken.list", from: "127.0.0.71", headers: { authorization: `Bearer ${writeToken}` } });
    expect(res.status).toBe(401);
  });

  it("answers a read token's write 403 and writes nothing; the read-write token's write lands", async () => {
    const refused = await api(`/portfolios/${portfolioId}/positions`, { token: readToken, method: "POST", body: position });
    expect(refused.status).toBe(403);
    const made = await api(`/portfolios/${portfolioId}/positions`, { token: writeToken, method: "POST", body: position });
    expect(made.status).toBe(200);
    const list = JSON.parse((await api(`/portfolios/${portfolioId}/positions`, { token: readToken })).body) as { label: string }[];
    expect(list.map((p) => p.label)).toEqual(["Script position"]);
  });
});

describe("a session cookie replayed after sign-out", () => {
  it("can neither list, create nor revoke tokens, while the tokens made before keep working until revoked", async () => {
    const dan = { ...(await newSignedInUser("127.0.0.75", "rest-dan")), from: "127.0.0.75" };
    const made = data<{ id: string; token: string }>(await trpc(dan, "apiToken.create", { name: "before sign-out", scope: "read" }));
    expect((await signOutOver(dan.from, dan.cookie)).status).toBeLessThan(400);
    expect((await trpc(dan, "apiToken.create", { name: "replayed", scope: "read-write" })).status).toBe(401);
    expect((await trpc(dan, "apiToken.revoke", { id: made.id })).status).toBe(401);
    expect((await send({ path: "/api/trpc/apiToken.list", from: dan.from, headers: { cookie: dan.cookie } })).status).toBe(401);
    // A token is its own credential, independent of browser sessions: it still reads, and only Dan's portfolios.
    const list = await api("/portfolios", { token: made.token, from: dan.from });
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toEqual([]);
  });
});

describe("floods and bodies", () => {
  it("locks out an address guessing tokens, whatever X-Forwarded-For it claims", async () => {
    const from = "127.0.0.72";
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1) {
      const guess = `cdk_${i.toString(36).padStart(43, "g")}`;
      statuses.push((await api("/portfolios", { token: guess, from, headers: { "x-forwarded-for": `10.0.${i}.1`, "x-real-ip": `10.1.${i}.1` } })).status);
    }
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses.slice(30)).toEqual([429, 429]);
    const locked = await api("/portfolios", { token: `cdk_${"z".repeat(43)}`, from });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(0);
    // Alice, elsewhere, is unaffected.
    expect((await api("/portfolios", { token: readToken, from: "127.0.0.73" })).status).toBe(200);
  });

  it("refuses a giant body 413 before reading it, declared or streamed", async () => {
    const declared = await send({
      method: "POST", path: `/api/v1/portfolios/${portfolioId}/positions`, from: "127.0.0.74",
      headers: { authorization: `Bearer ${writeToken}`, "content-type": "application/json" }, body: Buffer.alloc(300 * 1024, 0x20),
    });
    expect(declared.status).toBe(413);
    const streamed = await send({
      method: "POST", path: `/api/v1/portfolios/${portfolioId}/positions`, from: "127.0.0.74",
      headers: { authorization: `Bearer ${writeToken}`, "content-type": "application/json" }, stream: { chunk: 64 * 1024, chunks: 200 },
    });
    expect([413, 0]).toContain(streamed.status);
  });

  it("answers hostile paths and inputs in JSON, never 500", async () => {
    for (const path of [`/portfolios/${"x".repeat(5000)}`, "/portfolios/%00", "/positions/..%2F..%2Fportfolios", `/portfolios/${portfolioId}/statement?format=pdf`, `/portfolios/${portfolioId}/summary?asOf=2026-02-30`]) {
      const res = await api(path, { token: readToken });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      expect(() => JSON.parse(res.body), path).not.toThrow();
    }
  });
});

describe("revocation", () => {
  it("holds against calls racing it: once revoke answers, every later call is 401", async () => {
    const created = data<{ id: string; token: string }>(await trpc(alice, "apiToken.create", { name: "raced", scope: "read" }));
    const inFlight = Array.from({ length: 20 }, (_, i) => api("/portfolios", { token: created.token, from: `127.0.0.${80 + (i % 5)}` }));
    const revoked = await trpc(alice, "apiToken.revoke", { id: created.id });
    expect(revoked.status).toBe(200);
    for (const res of await Promise.all(inFlight)) expect([200, 401]).toContain(res.status);
    const after = await Promise.all(Array.from({ length: 5 }, () => api("/portfolios", { token: created.token, from: "127.0.0.85" })));
    expect(after.map((r) => r.status)).toEqual([401, 401, 401, 401, 401]);
  });

  it("never creates more than 50 tokens for one user, even in parallel", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => trpc(alice, "apiToken.create", { name: `parallel ${i}`, scope: "read" })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const list = data<unknown[]>(await send({ path: "/api/trpc/apiToken.list", from: alice.from, headers: { cookie: alice.cookie } }));
    expect(list).toHaveLength(50);
  });
});
