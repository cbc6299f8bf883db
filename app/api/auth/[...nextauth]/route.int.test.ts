import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/server/db/generated/client";
import { CLIENT_IP_HEADER, markClientIpStamping } from "@/lib/client-ip";
import { AUTH_RULES } from "@/server/rate-limit/auth-limits";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import type { RateLimitStore } from "@/server/rate-limit/types";
import { signUp } from "@/server/services/account-service";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";


const ORIGIN = "http://localhost:3000";
const PASSWORD = "a-long-password";
const holder = globalThis as typeof globalThis & { __coverdeskPrisma?: PrismaClient; __coverdeskRateLimitStore?: RateLimitStore };

let tdb: TestDatabase;
let route: typeof import("./route");
beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "route-int-test-secret-0123456789abcdef");
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "");
  tdb = await createTestDatabase();
  holder.__coverdeskPrisma = tdb.prisma; // what getPrisma() hands the credentials provider
  route = await import("./route");
  markClientIpStamping(); // as the app's server does: CLIENT_IP_HEADER is the socket's address
});
afterAll(async () => {
  markClientIpStamping(false);
  delete holder.__coverdeskPrisma;
  delete holder.__coverdeskRateLimitStore;
  vi.unstubAllEnvs();
  await tdb.drop();
});
beforeEach(() => {
  holder.__coverdeskRateLimitStore = new MemoryRateLimitStore();
});

let seq = 0;
async function makeAccount(): Promise<string> {
  seq += 1;
  const email = `route-${seq}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`;
  await signUp(tdb.prisma, { email, name: "Route", password: PASSWORD });
  return email;
}

/** A CSRF token and its cookie, as a browser gets them from GET /api/auth/csrf. */
async function csrf(): Promise<{ token: string; cookie: string }> {
  const res = await route.GET(new NextRequest(`${ORIGIN}/api/auth/csrf`));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return { token: csrfToken, cookie };
}

/** `ip` is the socket address the app's server stamps; `extra` are headers the client sends. */
async function postCredentials(body: string, contentType: string, cookie: string, ip?: string, extra: Record<string, string> = {}): Promise<Response> {
  const headers: Record<string, string> = { ...extra, "content-type": contentType, cookie };
  if (ip) headers[CLIENT_IP_HEADER] = ip;
  return route.POST(new Request(`${ORIGIN}/api/auth/callback/credentials`, { method: "POST", headers, body }));
}

const signedIn = (res: Response) => res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));
const wrongPassword = (res: Response) => res.status === 302 && (res.headers.get("location") ?? "").includes("error=CredentialsSignin");

const missingCsrf = (res: Response) => res.status === 302 && (res.headers.get("location") ?? "").includes("error=MissingCSRF");

describe("POST /api/auth/callback/credentials", () => {
  it("signs in with a JSON body (so JSON must be rate-limited too)", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const res = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.10");
    expect(res.status).toBe(302);
    expect(signedIn(res)).toBe(true);
  });

  it("limits failed sign-ins per (email, IP), then refuses even the right password from that IP — not from the owner's", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit; i++) {
      const res = await postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, "203.0.113.66");
      expect(wrongPassword(res)).toBe(true);
    }
    const res = await postCredentials(JSON.stringify({ email: email.toUpperCase(), password: PASSWORD, csrfToken: token }), "application/json", cookie, "203.0.113.66");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(signedIn(res)).toBe(false);
    const owner = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.77");
    expect(signedIn(owner)).toBe(true);
  });

  it("backs the pair rule with a per-email limit shared by every address", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) {
      const res = await postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, `203.0.${i >> 8}.${i & 255}`);
      expect(wrongPassword(res)).toBe(true);
    }
    expect((await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.78")).status).toBe(429);
  });

  it("counts JSON and form attempts against the same email", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const form = (password: string) => new URLSearchParams({ email, password, csrfToken: token }).toString();
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit; i++) {
      const res = i % 2 === 0
        ? await postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, "192.0.2.1")
        : await postCredentials(form("wrong-password"), "application/x-www-form-urlencoded", cookie, "192.0.2.1");
      expect(wrongPassword(res)).toBe(true);
    }
    expect((await postCredentials(form(PASSWORD), "application/x-www-form-urlencoded", cookie, "192.0.2.1")).status).toBe(429);
  });

  it("counts a repeated form field against the email next-auth uses (the last one)", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const body = (decoy: string, password: string) => `email=${encodeURIComponent(decoy)}&email=${encodeURIComponent(email)}&password=${password}&csrfToken=${token}`;
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit; i++) {
      expect(wrongPassword(await postCredentials(body(`decoy${i}@x.io`, "wrong-password"), "application/x-www-form-urlencoded", cookie, "192.0.2.2"))).toBe(true);
    }
    expect((await postCredentials(body("decoy-last@x.io", PASSWORD), "application/x-www-form-urlencoded", cookie, "192.0.2.2")).status).toBe(429);
  });

  it("counts a body without a readable email against the shared unknown-email key, and does not 500", async () => {
    const { token, cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit; i++) {
      const res = await postCredentials(`password=x&csrfToken=${token}`, "application/x-www-form-urlencoded", cookie, "192.0.2.3");
      expect(res.status).toBeLessThan(500);
      expect(res.status).not.toBe(429);
    }
    expect((await postCredentials(`password=x&csrfToken=${token}`, "application/x-www-form-urlencoded", cookie, "192.0.2.3")).status).toBe(429);
  });

  it("ignores X-Forwarded-For: 60 attempts with 60 spoofed addresses from one socket get 429 like 60 plain ones", async () => {
    const { cookie } = await csrf();
    const statuses = async (spoof: boolean, socket: string) => {
      const out: number[] = [];
      for (let i = 0; i < 60; i++) {
        const extra: Record<string, string> = spoof ? { "x-forwarded-for": `10.${i}.0.1`, "x-real-ip": `10.${i}.0.2` } : {};
        out.push((await postCredentials(JSON.stringify({ email: `x${i}@x.io`, password: "p" }), "application/json", cookie, socket, extra)).status);
      }
      return out;
    };
    const plain = await statuses(false, "198.51.100.20");
    const spoofed = await statuses(true, "198.51.100.21");
    expect(plain.filter((s) => s === 429)).toHaveLength(60 - AUTH_RULES.signInPerIp.limit);
    expect(spoofed).toEqual(plain);
  });

  it("refuses a sign-in without a valid CSRF token before any password work, counting it against the IP only", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerIp.limit; i++) {
      expect(missingCsrf(await postCredentials(JSON.stringify({ email, password: PASSWORD }), "application/json", cookie, "192.0.2.50"))).toBe(true);
    }
    expect((await postCredentials(JSON.stringify({ email, password: PASSWORD }), "application/json", cookie, "192.0.2.50")).status).toBe(429);
    expect(missingCsrf(await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: "forged" }), "application/json", cookie, "192.0.2.51"))).toBe(true);
    // None of that touched the victim's per-email count: the owner signs in at once.
    const owner = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.79");
    expect(signedIn(owner)).toBe(true);
  });

  it("keeps a lockout through a flood of cheap requests with unique emails", async () => {
    holder.__coverdeskRateLimitStore = new MemoryRateLimitStore(Date.now, 200);
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const attempt = () => postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, "203.0.113.90");
    for (let i = 0; i < AUTH_RULES.signInPerEmailAndIp.limit; i++) await attempt();
    expect((await attempt()).status).toBe(429);
    for (let i = 0; i < 2_000; i++) {
      await postCredentials(JSON.stringify({ email: `flood-${i}@x.io`, password: "p" }), "application/json", cookie, `10.1.${i >> 8}.${i & 255}`); // 2,000 addresses: ten times the store
    }
    expect((await attempt()).status).toBe(429);
  });

  it("refuses a body over 16 KB with 413, unread", async () => {
    const { token, cookie } = await csrf();
    const res = await postCredentials(JSON.stringify({ email: "a@x.io", password: "p".repeat(20_000), csrfToken: token }), "application/json", cookie, "192.0.2.60");
    expect(res.status).toBe(413);
  });

  it("keeps signing in when the shared rate limit store is down", async () => {
    const { FallbackRateLimitStore } = await import("@/server/rate-limit/fallback-store");
    const down: RateLimitStore = { hit: () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379")) };
    holder.__coverdeskRateLimitStore = new FallbackRateLimitStore(down, new MemoryRateLimitStore(), { warn: () => undefined });
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const res = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.11");
    expect(res.status).toBe(302);
    expect(signedIn(res)).toBe(true);
  });
});

describe("POST /api/auth/session (next-auth's update)", () => {
  it("never re-issues the session cookie with a later expiry", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const signIn = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.12");
    const session = signIn.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
    expect(session).toBeDefined();
    const jar = `${cookie}; ${session!.split(";")[0]}`;
    const update = await route.POST(new Request(`${ORIGIN}/api/auth/session`, {
      method: "POST", headers: { "content-type": "application/json", cookie: jar, [CLIENT_IP_HEADER]: "198.51.100.12" }, body: JSON.stringify({ csrfToken: token, data: {} }),
    }));
    expect(update.status).toBeLessThan(500);
    expect(update.headers.getSetCookie().filter((c) => c.startsWith("authjs.session-token=") && !/max-age=0/i.test(c))).toEqual([]);
  });
});
