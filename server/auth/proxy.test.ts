// The proxy lives at the repo root (proxy.ts), outside the unit project's include globs.
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { config, hasValidSession, proxy } from "@/proxy";

const SECRET = "proxy-test-secret-0123456789abcdef";
const COOKIE = "authjs.session-token";
const SECURE_COOKIE = "__Secure-authjs.session-token";

beforeEach(() => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  vi.stubEnv("AUTH_URL", "");
  vi.stubEnv("NEXTAUTH_URL", "");
});
afterEach(() => vi.unstubAllEnvs());

/** A session token as next-auth writes it: salted with the cookie's name. */
function sessionToken(opts: { cookieName?: string; secret?: string; maxAge?: number; sub?: string | null } = {}): Promise<string> {
  const cookieName = opts.cookieName ?? COOKIE;
  const token = opts.sub === null ? { name: "Ada" } : { sub: opts.sub ?? "user-1", name: "Ada", email: "ada@example.com" };
  return encode({ token, secret: opts.secret ?? SECRET, salt: cookieName, maxAge: opts.maxAge });
}

function request(path: string, cookie?: string, headers: Record<string, string> = {}, origin = "http://localhost:3000"): NextRequest {
  return new NextRequest(new URL(path, origin), { headers: { ...(cookie ? { cookie } : {}), ...headers } });
}

function expectSignInRedirect(res: Response, callbackUrl: string): void {
  expect([307, 302]).toContain(res.status);
  const location = new URL(res.headers.get("location") ?? "");
  expect(location.pathname).toBe("/sign-in");
  expect(location.searchParams.get("callbackUrl")).toBe(callbackUrl);
}

describe("proxy", () => {
  it("lets a request with a valid session through, without setting any cookie", async () => {
    const res = await proxy(request("/portfolios", `${COOKIE}=${await sessionToken()}`));
    expect(res.headers.get("x-middleware-next")).toBe("1");
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.getSetCookie()).toEqual([]);
    expect(res.cookies.getAll()).toEqual([]);
  });

  it("redirects a request with no cookie to sign in, keeping path and query, without setting any cookie", async () => {
    const res = await proxy(request("/portfolios/abc?tab=covers&x=1"));
    expectSignInRedirect(res, "/portfolios/abc?tab=covers&x=1");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it.each([
    ["garbage", async () => "not-a-jwt"],
    ["another secret", () => sessionToken({ secret: "some-other-secret-0123456789abcdef" })],
    ["expired", () => sessionToken({ maxAge: -60 })],
    ["no user id", () => sessionToken({ sub: null })],
    ["salted for the __Secure- cookie", () => sessionToken({ cookieName: SECURE_COOKIE })],
  ])("redirects a request whose session cookie is invalid (%s), without setting any cookie", async (_label, make) => {
    const res = await proxy(request("/settings", `${COOKIE}=${await make()}`));
    expectSignInRedirect(res, "/settings");
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it("does not accept a session token as an Authorization bearer header (only the cookie, like auth())", async () => {
    const res = await proxy(request("/settings", undefined, { authorization: `Bearer ${await sessionToken()}` }));
    expectSignInRedirect(res, "/settings");
  });

  it("reads the __Secure- cookie behind an https proxy (x-forwarded-proto), as next-auth names it there", async () => {
    const secure = `${SECURE_COOKIE}=${await sessionToken({ cookieName: SECURE_COOKIE })}`;
    expect(await hasValidSession(request("/portfolios", secure, { "x-forwarded-proto": "https" }))).toBe(true);
    expect(await hasValidSession(request("/portfolios", secure, { "x-forwarded-proto": "http" }))).toBe(false);
    expect(await hasValidSession(request("/portfolios", secure, {}, "https://coverdesk.example"))).toBe(true);
    const plain = `${COOKIE}=${await sessionToken()}`;
    expect(await hasValidSession(request("/portfolios", plain, { "x-forwarded-proto": "https" }))).toBe(false);
  });

  it("follows AUTH_URL's protocol when it is set", async () => {
    vi.stubEnv("AUTH_URL", "https://coverdesk.example");
    const secure = `${SECURE_COOKIE}=${await sessionToken({ cookieName: SECURE_COOKIE })}`;
    expect(await hasValidSession(request("/portfolios", secure, { "x-forwarded-proto": "http" }))).toBe(true);
  });

  it("reads a session split into chunks (authjs.session-token.0, .1)", async () => {
    const token = await sessionToken();
    const half = Math.ceil(token.length / 2);
    const cookie = `${COOKIE}.0=${token.slice(0, half)}; ${COOKIE}.1=${token.slice(half)}`;
    expect(await hasValidSession(request("/portfolios", cookie))).toBe(true);
  });

  it("refuses everyone when no secret is configured", async () => {
    const cookie = `${COOKIE}=${await sessionToken()}`;
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expectSignInRedirect(await proxy(request("/positions", cookie)), "/positions");
  });

  it("accepts a token made with a rotated secret (AUTH_SECRET_1) when AUTH_SECRET is unset", async () => {
    vi.stubEnv("AUTH_SECRET", "");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET_1", "rotated-secret-0123456789abcdefgh");
    const cookie = `${COOKIE}=${await sessionToken({ secret: "rotated-secret-0123456789abcdefgh" })}`;
    expect(await hasValidSession(request("/positions", cookie))).toBe(true);
  });

  it("keeps the matcher", () => {
    expect(config.matcher).toEqual(["/portfolios/:path*", "/positions/:path*", "/recommendations/:path*", "/settings/:path*"]);
  });
});
