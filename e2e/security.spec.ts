import { expect, newUser, signOut, signUp, test } from "./fixtures";

test("every page carries the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-powered-by"]).toBeUndefined();
});

test("pages whose address carries a secret token send no Referer and are not indexed", async ({ request }) => {
  const token = "A".repeat(43);
  for (const path of [`/s/${token}`, `/invite/${token}`, `/unsubscribe/${token}`]) {
    const h = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(h["referrer-policy"], path).toBe("no-referrer");
    expect(h["x-robots-tag"], path).toBe("noindex, nofollow");
  }
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await signUp(page, newUser("cookie"));
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("errors in production carry no stack trace or SQL", async ({ request }) => {
  const res = await request.post("/api/trpc/portfolio.create", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(res.status()).toBeGreaterThanOrEqual(400);
  expect(res.status()).toBeLessThan(500);
  const body = await res.text();
  expect(body).not.toMatch(/at .*\.js:\d+|stack|SELECT|INSERT/i);

  const anonymous = await request.get("/api/trpc/portfolio.list");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toMatch(/stack/i);
});

test("text users enter is rendered as text, never as markup", async ({ page }) => {
  await signUp(page, newUser("xss"));
  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
  await page.getByLabel("New portfolio name").fill(hostile);
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  expect(alerted).toBe(false);
  expect(await page.locator("img[src=x]").count()).toBe(0);
});

// ── Content-Security-Policy: a nonce per request, no 'unsafe-inline' for scripts (issue 10, item 8) ──

/** The one CSP header of a response (two would both be enforced). */
function onlyCsp(headers: { name: string; value: string }[]): string {
  const csps = headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(csps).toHaveLength(1);
  return csps[0] ?? "";
}

function scriptSrc(csp: string): string[] {
  const directive = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  expect(directive, csp).toBeDefined();
  return directive!.split(/\s+/).slice(1);
}

/** The nonce of script-src; fails unless there is exactly one. */
function nonceOf(csp: string): string {
  const nonces = scriptSrc(csp).map((s) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.exec(s)?.[1]).filter((n): n is string => Boolean(n));
  expect(nonces, csp).toHaveLength(1);
  return nonces[0] ?? "";
}

/** Every <script> tag of the HTML, with the nonce it carries (null: none). */
function scriptTags(html: string): { tag: string; nonce: string | null }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => ({ tag, nonce: /\snonce="([^"]*)"/.exec(tag)?.[1] ?? null }));
}

function expectStrictScriptSrc(csp: string): void {
  const sources = scriptSrc(csp);
  expect(sources).not.toContain("'unsafe-inline'");
  expect(sources).not.toContain("'unsafe-eval'");
  expect(sources).not.toContain("*");
  expect(sources).toContain("'strict-dynamic'");
}

for (const path of ["/sign-in", "/providers"]) {
  test(`${path}: the CSP has a fresh nonce on every request, no 'unsafe-inline' scripts, and every script tag carries the nonce`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    expect(first.status()).toBe(200);
    const [csp1, csp2] = [onlyCsp(first.headersArray()), onlyCsp(second.headersArray())];
    expectStrictScriptSrc(csp1);
    expect(csp1).toContain("frame-ancestors 'none'");
    const nonce = nonceOf(csp1);
    expect(nonce).not.toBe(nonceOf(csp2));
    const scripts = scriptTags(await first.text());
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((s) => s.nonce !== nonce).map((s) => s.tag)).toEqual([]);
  });
}

test("a signed-in page (/portfolios) has its own nonce per request, carried by its script tags", async ({ page }) => {
  await signUp(page, newUser("csp"));
  const nonces: string[] = [];
  for (let i = 0; i < 2; i++) {
    const res = await page.request.get("/portfolios", { maxRedirects: 0 });
    expect(res.status()).toBe(200);
    const csp = onlyCsp(res.headersArray());
    expectStrictScriptSrc(csp);
    const nonce = nonceOf(csp);
    const scripts = scriptTags(await res.text());
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.filter((s) => s.nonce !== nonce).map((s) => s.tag)).toEqual([]);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);

  // In the browser: the page's scripts hold the nonce of the response that served it.
  const res = await page.goto("/portfolios");
  const nonce = nonceOf(onlyCsp(await res!.headersArray()));
  const inDom = await page.locator("script").evaluateAll((els) => els.map((el) => ({ nonce: (el as HTMLScriptElement).nonce, src: (el as HTMLScriptElement).src })));
  expect(inDom.filter((s) => !s.src).length).toBeGreaterThan(0);
  // Chunks the runtime adds later need no nonce ('strict-dynamic'); those in the HTML all carry it.
  expect(inDom.filter((s) => s.nonce === nonce).length).toBeGreaterThan(1);
  expect(inDom.filter((s) => !s.src && s.nonce !== nonce)).toEqual([]);
});

test("API routes keep the security headers and a CSP that allows no inline script", async ({ request }) => {
  for (const path of ["/api/health", "/api/auth/session", "/api/trpc/provider.list"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["strict-transport-security"], path).toContain("max-age=");
    const csp = onlyCsp(res.headersArray());
    expect(scriptSrc(csp), path).toEqual(["'self'"]);
  }
});

test("a signed-out visit of a protected page still goes to sign in, and a signed-out prefetch too", async ({ request }) => {
  const res = await request.get("/portfolios/abc?tab=covers", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  const location = new URL(res.headers().location ?? "", "http://x");
  expect(location.pathname).toBe("/sign-in");
  expect(location.searchParams.get("callbackUrl")).toBe("/portfolios/abc?tab=covers");
  expect(res.headers()["set-cookie"]).toBeUndefined();
  const prefetch = await request.get("/settings", { maxRedirects: 0, headers: { "next-router-prefetch": "1", rsc: "1" } });
  expect(prefetch.status()).toBe(307);
});

test("signed in, every page works under the CSP: no violation, no blocked script, no console error, the theme script runs", async ({ page }) => {
  const violations: string[] = [];
  // Any console error counts: CSP reports, a missing favicon (404), a failed hydration.
  page.on("console", (msg) => {
    if (msg.type() === "error") violations.push(`console on ${new URL(page.url()).pathname}: ${msg.text()} ${msg.location().url}`);
  });
  page.on("pageerror", (err) => violations.push(`pageerror: ${err.message}`));
  await page.exposeFunction("__reportCspViolation", (v: string) => violations.push(`securitypolicyviolation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`);
    });
  });

  await signUp(page, newUser("cspflow"));
  // Created through the UI: the client is hydrated and its tRPC calls work.
  await page.getByLabel("New portfolio name").fill("CSP treasury");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await page.getByRole("link", { name: "CSP treasury" }).click();
  await expect(page).toHaveURL(/\/portfolios\/[^/]+$/);
  const portfolioId = new URL(page.url()).pathname.split("/")[2];
  const created = await page.request.post("/api/trpc/position.create", {
    data: { portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const positionId = (await created.json()).result.data.id as string;

  const pages = [
    `/portfolios/${portfolioId}`, // recharts: inline styles
    `/portfolios/${portfolioId}/positions`,
    `/portfolios/${portfolioId}/import`,
    `/portfolios/${portfolioId}/incidents`,
    `/positions/${positionId}`,
    "/providers",
    "/providers/nexus-mutual",
    "/providers/compare?p=nexus-mutual,unslashed-finance",
    "/incidents",
    `/recommendations?portfolio=${portfolioId}`,
    "/settings",
    "/portfolios",
  ];
  for (const path of pages) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("main"), path).toBeVisible();
    // The inline theme script ran (it needs the nonce).
    expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toMatch(/^(light|dark)$/);
  }
  // A client-side navigation (RSC fetch, no document) still works.
  await page.getByRole("link", { name: "CSP treasury" }).click();
  await expect(page).toHaveURL(new RegExp(`/portfolios/${portfolioId}$`));
  await page.waitForLoadState("networkidle");
  await signOut(page);
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
  expect(violations).toEqual([]);
});

test("the favicon is served, so no page logs a 404 for it", async ({ request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\//);
});
