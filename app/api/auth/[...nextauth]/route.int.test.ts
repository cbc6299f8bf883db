import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/server/db/generated/client";
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
});
afterAll(async () => {
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

async function postCredentials(body: string, contentType: string, cookie: string, ip?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": contentType, cookie };
  if (ip) headers["x-forwarded-for"] = ip;
  return route.POST(new Request(`${ORIGIN}/api/auth/callback/credentials`, { method: "POST", headers, body }));
}

const signedIn = (res: Response) => res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="));
const wrongPassword = (res: Response) => res.status === 302 && (res.headers.get("location") ?? "").includes("error=CredentialsSignin");

describe("POST /api/auth/callback/credentials", () => {
  it("signs in with a JSON body (so JSON must be rate-limited too)", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const res = await postCredentials(JSON.stringify({ email, password: PASSWORD, csrfToken: token }), "application/json", cookie, "198.51.100.10");
    expect(res.status).toBe(302);
    expect(signedIn(res)).toBe(true);
  });

  it("limits JSON sign-ins per email, whatever the IP, and then refuses even the right password", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) {
      const res = await postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, `203.0.113.${i}`);
      expect(wrongPassword(res)).toBe(true);
    }
    const res = await postCredentials(JSON.stringify({ email: email.toUpperCase(), password: PASSWORD, csrfToken: token }), "application/json", cookie, "203.0.113.200");
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(signedIn(res)).toBe(false);
  });

  it("counts JSON and form attempts against the same email", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const form = (password: string) => new URLSearchParams({ email, password, csrfToken: token }).toString();
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) {
      const res = i % 2 === 0
        ? await postCredentials(JSON.stringify({ email, password: "wrong-password", csrfToken: token }), "application/json", cookie, `192.0.2.${i}`)
        : await postCredentials(form("wrong-password"), "application/x-www-form-urlencoded", cookie, `192.0.2.${i}`);
      expect(wrongPassword(res)).toBe(true);
    }
    expect((await postCredentials(form(PASSWORD), "application/x-www-form-urlencoded", cookie, "192.0.2.200")).status).toBe(429);
  });

  it("counts a repeated form field against the email next-auth uses (the last one)", async () => {
    const email = await makeAccount();
    const { token, cookie } = await csrf();
    const body = (decoy: string, password: string) => `email=${encodeURIComponent(decoy)}&email=${encodeURIComponent(email)}&password=${password}&csrfToken=${token}`;
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) {
      expect(wrongPassword(await postCredentials(body(`decoy${i}@x.io`, "wrong-password"), "application/x-www-form-urlencoded", cookie, `192.0.2.${i}`))).toBe(true);
    }
    expect((await postCredentials(body("decoy-last@x.io", PASSWORD), "application/x-www-form-urlencoded", cookie, "192.0.2.201")).status).toBe(429);
  });

  it("counts an unreadable body against the shared unknown-email key, without a client IP, and does not 500", async () => {
    const { cookie } = await csrf();
    for (let i = 0; i < AUTH_RULES.signInPerEmail.limit; i++) {
      const res = await postCredentials("{not json", "application/json", cookie);
      expect(res.status).toBeLessThan(500);
      expect(res.status).not.toBe(429);
    }
    expect((await postCredentials("{not json", "application/json", cookie)).status).toBe(429);
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
