// The proxy lives at the repo root (proxy.ts), outside the unit project's include globs.
import { encode } from "next-auth/jwt";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { config, hasValidSession, isProtectedPath, proxy } from "@/proxy";

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
    expect(res.headers.get("content-security-policy")).toMatch(/'nonce-[A-Za-z0-9+/]{22}=='/);
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

  it("lets a signed-out visitor through to a page that is not protected, without reading or setting cookies", async () => {
    for (const path of ["/", "/sign-in", "/sign-up", "/providers", "/providers/nexus", "/portfoliosx", "/settingsx/a"]) {
      const res = await proxy(request(path));
      expect(res.headers.get("x-middleware-next"), path).toBe("1");
      expect(res.headers.get("location"), path).toBeNull();
      expect(res.headers.getSetCookie(), path).toEqual([]);
    }
  });

  it.each([
    ["/portfolios", true],
    ["/portfolios/abc", true],
    ["/positions/x/y", true],
    ["/recommendations", true],
    ["/settings/", true],
    ["/portfoliosx", false],
    ["/providers", false],
    ["/sign-in", false],
    ["/", false],
  ])("isProtectedPath(%s) is %s", (path, expected) => {
    expect(isProtectedPath(path)).toBe(expected);
  });
});

/** The nonce of a CSP's script-src, the way Next.js extracts it (get-script-nonce-from-header). */
function scriptNonce(csp: string | null): string | undefined {
  const scriptSrc = csp?.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"));
  return scriptSrc?.split(/\s+/).slice(1).map((s) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(s)?.[1]).find(Boolean);
}

describe("proxy: Content-Security-Policy with a per-request nonce", () => {
  it("sets the same CSP with a nonce on the request (for Next.js and x-nonce) and on the response", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const res = await proxy(request("/sign-in"));
    const csp = res.headers.get("content-security-policy");
    const nonce = scriptNonce(csp);
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    // NextResponse.next({ request: { headers } }) passes request headers as x-middleware-request-*.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-override-headers")?.split(",")).toEqual(expect.arrayContaining(["content-security-policy", "x-nonce"]));
  });

  it("has no 'unsafe-inline' (nor 'unsafe-eval') in script-src in production, and 'unsafe-eval' only in development", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const prod = (await proxy(request("/providers"))).headers.get("content-security-policy") ?? "";
    const scriptSrc = prod.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("unsafe-eval");
    vi.stubEnv("NODE_ENV", "development");
    const dev = (await proxy(request("/providers"))).headers.get("content-security-policy") ?? "";
    const devScriptSrc = dev.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(devScriptSrc).toContain("'unsafe-eval'");
    expect(devScriptSrc).not.toContain("unsafe-inline");
  });

  it("gives every request a different nonce", async () => {
    const nonces = new Set<string | undefined>();
    for (let i = 0; i < 50; i++) nonces.add(scriptNonce((await proxy(request("/sign-in"))).headers.get("content-security-policy")));
    expect(nonces.size).toBe(50);
    expect(nonces.has(undefined)).toBe(false);
  });

  it("replaces a CSP or x-nonce the client sent", async () => {
    const res = await proxy(request("/sign-in", undefined, { "content-security-policy": "script-src *", "x-nonce": "attacker-chosen-nonce" }));
    const nonce = scriptNonce(res.headers.get("content-security-policy"));
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(res.headers.get("content-security-policy"));
  });

  it("gives a signed-in protected page its nonce too", async () => {
    const res = await proxy(request("/settings", `${COOKIE}=${await sessionToken()}`));
    expect(scriptNonce(res.headers.get("content-security-policy"))).toBeDefined();
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(scriptNonce(res.headers.get("content-security-policy")));
  });
});

describe("proxy matcher", () => {
  const matches = (url: string, headers: Record<string, string> = {}) =>
    unstable_doesMiddlewareMatch({ config, url, headers });
  const prefetch = { "next-router-prefetch": "1" };

  it.each(["/", "/sign-in", "/sign-up", "/providers", "/providers/abc", "/portfolios", "/portfolios/abc", "/positions/x", "/recommendations", "/settings", "/no-such-page"])(
    "runs on the page %s (its nonce)",
    (path) => expect(matches(path)).toBe(true),
  );

  it.each(["/api/trpc/provider.list", "/api/auth/session", "/api/health", "/api", "/_next/static/chunks/app.js", "/_next/image?url=%2Fa.png&w=64&q=75", "/favicon.ico", "/robots.txt", "/logo.svg", "/og.png"])(
    "does not run on %s (API routes and files)",
    (path) => expect(matches(path)).toBe(false),
  );

  it("skips router prefetches of public pages, as the Next.js CSP guide recommends", () => {
    expect(matches("/providers", prefetch)).toBe(false);
    expect(matches("/sign-in", { purpose: "prefetch" })).toBe(false);
  });

  it.each(["/portfolios", "/portfolios/abc", "/positions/x", "/recommendations/y", "/settings"])(
    "still runs on a prefetch of the protected page %s (a signed-out prefetch is redirected)",
    (path) => expect(matches(path, prefetch)).toBe(true),
  );

  it("redirects a signed-out prefetch of a protected page", async () => {
    expectSignInRedirect(await proxy(request("/portfolios/abc", undefined, prefetch)), "/portfolios/abc");
  });
});
