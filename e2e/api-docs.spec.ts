import type { Page } from "@playwright/test";
import { expect, screenshot, test } from "./fixtures";

// The API reference (/api-docs, Scalar) is served by the app alone: its script from
// /api-docs/scalar.js, the document from /api/openapi.json, nothing from any other host, under the
// app's page CSP (a nonce per request, no 'unsafe-inline' or 'unsafe-eval').

type OpenApiDocument = { openapi: string; info: { title: string; version?: string }; paths?: Record<string, Record<string, { summary?: string; [key: string]: unknown }>> };

/** The app's own document, which the page renders: it must be served. */
async function openApiDocument(page: Page): Promise<OpenApiDocument> {
  const res = await page.request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const doc = (await res.json()) as OpenApiDocument;
  expect(doc.info.title).toBe("CoverDesk API");
  return doc;
}

/** Counts the page's requests, started and ended, from now on. */
function countRequests(page: Page): { started: number; ended: number } {
  const count = { started: 0, ended: 0 };
  page.on("request", () => void count.started++);
  page.on("requestfinished", () => void count.ended++);
  page.on("requestfailed", () => void count.ended++);
  return count;
}

/**
 * Waits until every request has ended and none started for half a second. (Playwright's
 * "networkidle" is not reliable here: on this page it never fired in about one load in three,
 * with nothing in flight.)
 */
async function settled(count: { started: number; ended: number }): Promise<void> {
  let last = -1;
  await expect.poll(() => {
    const quiet = count.started === last && count.ended === count.started;
    last = count.started;
    return quiet;
  }, { intervals: [500], timeout: 15_000 }).toBe(true);
}

function firstSummary(doc: OpenApiDocument): string | undefined {
  for (const operations of Object.values(doc.paths ?? {})) {
    for (const op of Object.values(operations)) if (typeof op?.summary === "string" && op.summary.trim()) return op.summary.trim();
  }
  return undefined;
}

test("/api-docs renders the API reference from this origin only, under the page CSP", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  const count = countRequests(page);
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()} ${msg.location().url}`);
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  await page.exposeFunction("__reportCspViolation", (v: string) => problems.push(`securitypolicyviolation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  const doc = await openApiDocument(page);
  const res = await page.goto("/api-docs");
  expect(res?.status()).toBe(200);
  expect(await page.title()).toBe("CoverDesk API");
  await expect(page.getByRole("heading", { level: 1, name: doc.info.title })).toBeVisible({ timeout: 20_000 });
  const summary = firstSummary(doc);
  if (summary) await expect(page.getByText(summary, { exact: true }).first()).toBeVisible();
  await settled(count);
  await screenshot(page, "api-docs");
  expect(problems).toEqual([]);

  // "Test Request" opens Scalar's client in the page, which calls the API itself (no remote proxy)
  // at the document's server: this origin (the e2e server's APP_URL is its base URL).
  await page.getByRole("button", { name: "Test Request" }).first().click();
  const client = page.getByRole("dialog", { name: "API Client" });
  await expect(client).toBeVisible();
  const sent = page.waitForRequest((req) => !req.url().includes("/api/openapi.json") && !req.url().includes("/api-docs"));
  await client.getByRole("button", { name: /^Send \w+ request to / }).click();
  expect(new URL((await sent).url()).origin).toBe(origin);
  await settled(count);

  expect(requests.filter((url) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin)).toEqual([]);
  expect(requests).toContain(`${origin}/api/openapi.json`);
  expect(requests.some((url) => url.startsWith(`${origin}/api-docs/scalar.js?v=`))).toBe(true);
  // Sent without a token, the request may well be refused (the browser logs that 401): nothing else.
  expect(problems.filter((p) => !/^console: Failed to load resource: the server responded with a status of 4\d\d /.test(p))).toEqual([]);
});

test("/api-docs: every script carries the response's nonce; the bundle is JavaScript, cached immutably", async ({ request }) => {
  const res = await request.get("/api-docs");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/html");
  expect(res.headers()["cache-control"]).toBe("no-store");
  const csps = res.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
  expect(csps).toHaveLength(1);
  const scriptSrc = csps[0]!.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "))!.split(/\s+/).slice(1);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(csps[0]).toContain("connect-src 'self'");
  const nonce = scriptSrc.map((s) => /^'nonce-(.+)'$/.exec(s)?.[1]).find(Boolean);
  expect(nonce).toBeTruthy();

  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag);
  expect(scripts).toHaveLength(2);
  for (const tag of scripts) expect(tag).toContain(` nonce="${nonce}"`);
  // Nothing in the page names another host (the wrapper's default is a CDN).
  expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
  expect(html).not.toMatch(/"proxyUrl"/);

  const src = /<script\b[^>]*\ssrc="([^"]+)"/.exec(html)?.[1];
  expect(src).toMatch(/^\/api-docs\/scalar\.js\?v=[0-9a-f]{16}$/);
  const bundle = await request.get(src!);
  expect(bundle.status()).toBe(200);
  expect(bundle.headers()["content-type"]).toMatch(/^text\/javascript/);
  expect(bundle.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(bundle.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await bundle.body()).length).toBeGreaterThan(1_000_000);

  // Without the matching hash it is not cached for good, and revalidates by ETag.
  const bare = await request.get("/api-docs/scalar.js");
  expect(bare.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  const etag = bare.headers()["etag"];
  expect(etag).toBeTruthy();
  expect((await request.get("/api-docs/scalar.js", { headers: { "if-none-match": etag! } })).status()).toBe(304);
});

test("the header links to the API reference", async ({ page }) => {
  await page.goto("/providers");
  await page.getByRole("link", { name: "API", exact: true }).click();
  await expect(page).toHaveURL(/\/api-docs$/);
  await expect(page).toHaveTitle("CoverDesk API");
});
