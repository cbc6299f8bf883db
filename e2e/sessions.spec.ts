import type { APIRequestContext, BrowserContext, Cookie, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, gotoReady, newUser, screenshot, signIn, signOut, signUp, test as base, type TestUser } from "./fixtures";

// Issue 10, item 6: a session ends when the user ends it, and no request renews it. Each test
// copies the session cookie, ends the session in the browser, then replays the copy as an
// attacker who stole it would: with a bare HTTP client that sends nothing but that cookie.

const DAY = 24 * 3600;
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

async function sessionCookie(context: BrowserContext): Promise<Cookie> {
  const cookie = (await context.cookies()).find((c) => SESSION_COOKIE.test(c.name));
  expect(cookie, "a session cookie after sign-in").toBeDefined();
  return cookie as Cookie;
}

type Replay = { trpcStatus: number; pageStatus: number; pageLocation: string };

/** Sends only the stolen cookie: a tRPC query and a protected page, redirects not followed. */
async function replay(api: APIRequestContext, cookie: Cookie): Promise<Replay> {
  const headers = { cookie: `${cookie.name}=${cookie.value}` };
  const trpc = await api.get("/api/trpc/portfolio.list", { headers });
  const page = await api.get("/portfolios", { headers, maxRedirects: 0 });
  return { trpcStatus: trpc.status(), pageStatus: page.status(), pageLocation: page.headers().location ?? "" };
}

function expectLive(r: Replay) {
  expect(r.trpcStatus).toBe(200);
  expect(r.pageStatus).toBe(200);
}

function expectDead(r: Replay) {
  expect(r.trpcStatus).toBe(401);
  expect([302, 303, 307, 308]).toContain(r.pageStatus);
  expect(new URL(r.pageLocation, "http://x").pathname).toBe("/sign-in");
}

/** A bare HTTP client: no browser cookie jar, nothing but what each request says. */
const test = base.extend<{ bare: APIRequestContext }>({
  bare: async ({ playwright, baseURL }, provide) => {
    const api = await playwright.request.newContext({ baseURL });
    await provide(api);
    await api.dispose();
  },
});

async function openSecurity(page: Page) {
  await gotoReady(page, "/settings");
  await expect(page.getByRole("heading", { name: "Security" })).toBeVisible();
}

test("plain sign-out ends that session: the copied cookie gets 401 and a redirect to sign in", async ({ page, context, bare }) => {
  await signUp(page, newUser("signout"));
  const stolen = await sessionCookie(context);
  expectLive(await replay(bare, stolen));

  await signOut(page);
  expectDead(await replay(bare, stolen));
});

test("sign out of all devices ends every session, on this device and another", async ({ page, context, browser, bare }) => {
  const user = newUser("everywhere");
  await signUp(page, user);
  const here = await sessionCookie(context);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, user);
  const there = await sessionCookie(otherDevice);
  expect(there.value).not.toBe(here.value);
  expectLive(await replay(bare, there));

  await openSecurity(page);
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/sign-in\?ended=signed-out-everywhere$/);
  await expect(page.getByRole("status").filter({ hasText: "You signed out of all devices" })).toBeVisible();

  expectDead(await replay(bare, here));
  expectDead(await replay(bare, there));
  // The other device, browsing on, is sent to sign in, told why, and its dead cookie is cleared,
  // so public pages work for it again.
  await otherPage.goto("/portfolios");
  await expect(otherPage).toHaveURL(/\/sign-in\?ended=expired$/);
  await expect(otherPage.getByRole("status").filter({ hasText: "Your session has ended" })).toBeVisible();
  await expect.poll(async () => (await otherDevice.cookies()).some((c) => SESSION_COOKIE.test(c.name))).toBe(false);
  await otherPage.goto("/providers");
  await expect(otherPage).toHaveURL(/\/providers$/);
  await otherDevice.close();

  // Signing in again works.
  await signIn(page, user);
});

test("password change: a wrong current password is a field error; a change ends every session", async ({ page, context, bare }) => {
  const user = newUser("password");
  await signUp(page, user);
  const stolen = await sessionCookie(context);
  await openSecurity(page);
  const form = page.getByRole("form", { name: "Change password" });

  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password").fill("short");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("Use at least 10 characters")).toBeVisible();

  await form.getByLabel("New password").fill("a-brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText("That is not your current password.")).toBeVisible();
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("heading", { name: "Security" }).scrollIntoViewIfNeeded();
  await screenshot(page, "settings-security-wrong-password");
  await expectNoSeriousA11yViolations(page);
  expectLive(await replay(bare, stolen)); // a refused change ends nothing

  await form.getByLabel("Current password").fill(user.password);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?ended=password-changed$/);
  await expect(page.getByRole("status").filter({ hasText: "Sign in with your new password" })).toBeVisible();
  expectDead(await replay(bare, stolen));

  // The old password no longer signs in; the new one does.
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signIn(page, { email: user.email, password: "a-brand-new-password" });
});

async function createPortfolioWithCover(page: Page, name: string): Promise<void> {
  await page.getByLabel("New portfolio name").fill(name);
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/portfolios\/[^/]+$/);
  const portfolioId = new URL(page.url()).pathname.split("/")[2];
  const position = await page.request.post("/api/trpc/position.create", {
    data: { portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000" },
  });
  expect(position.ok(), await position.text()).toBeTruthy();
  const positionId = (await position.json()).result.data.id as string;
  const cover = await page.request.post("/api/trpc/cover.create", {
    data: { portfolioId, productName: "Cover", coverageType: "protocol_exploit", amountUsd: "500", startsAt: "2026-01-01", expiresAt: "2027-01-01", positionIds: [positionId] },
  });
  expect(cover.ok(), await cover.text()).toBeTruthy();
}

test("account deletion needs the email typed, deletes the portfolios and ends every session", async ({ page, context, bare }) => {
  const user: TestUser = newUser("delete");
  await signUp(page, user);
  await createPortfolioWithCover(page, "Doomed treasury");
  const stolen = await sessionCookie(context);
  await openSecurity(page);
  const form = page.getByRole("form", { name: "Delete account" });
  const confirm = form.getByLabel(`Type your email (${user.email}) to confirm`);

  await confirm.fill(`x${user.email}`);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.getByText(`Type ${user.email} exactly to confirm.`)).toBeVisible();
  expectLive(await replay(bare, stolen));

  await confirm.fill(user.email);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?ended=account-deleted$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account and all its portfolios were deleted." })).toBeVisible();
  await screenshot(page, "sign-in-after-account-deletion");
  await expectNoSeriousA11yViolations(page);
  expectDead(await replay(bare, stolen));

  // The account is gone: its password no longer signs in, and the email can start afresh, empty.
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await signUp(page, user);
  await expect(page.getByText("No portfolios yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Doomed treasury" })).toHaveCount(0);
});

/** The JWT's own exp, when the test knows the server's secret (the e2e server's default). */
async function jwtExp(cookie: Cookie): Promise<number | null> {
  if (process.env.E2E_BASE_URL) return null;
  const secret = process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789";
  const { decode } = await import("@auth/core/jwt");
  const payload = await decode({ token: cookie.value, secret, salt: cookie.name });
  return typeof payload?.exp === "number" ? payload.exp : null;
}

test("GET /api/auth/session and browsing never push the session's expiry later", async ({ page, context, bare }) => {
  await signUp(page, newUser("expiry"));
  const before = await sessionCookie(context);
  const expBefore = await jwtExp(before);
  expect(expBefore !== null || Boolean(process.env.E2E_BASE_URL), "the token's exp can be read").toBe(true);
  if (expBefore !== null) {
    // 30 days from sign-in (the sign-in happened within the last minute).
    expect(Math.abs(expBefore - (Math.floor(Date.now() / 1000) + 30 * DAY))).toBeLessThan(60);
  }
  await page.waitForTimeout(2_100); // a renewal would now carry a later expiry

  // Read as the browser would, and with the bare client.
  const viaBrowser = await page.request.get("/api/auth/session");
  expect(viaBrowser.status()).toBe(200);
  const body = await viaBrowser.json() as { user?: { email?: string }; expires?: string };
  expect(body.user?.email).toBeTruthy();
  const raw = await bare.get("/api/auth/session", { headers: { cookie: `${before.name}=${before.value}` } });
  const renewed = raw.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie" && SESSION_COOKIE.test(h.value.slice(0, h.value.indexOf("="))));
  expect(renewed, "no session cookie is re-issued").toEqual([]);
  await page.reload();
  await gotoReady(page, "/settings");

  const after = await sessionCookie(context);
  expect(after.value).toBe(before.value);
  expect(after.expires).toBe(before.expires);
  if (expBefore !== null) {
    expect(await jwtExp(after)).toBe(expBefore);
    // The session's expiry as the server reports it is the token's, not "now + 30 days".
    expect(Date.parse(body.expires ?? "") / 1000).toBe(expBefore);
  }
});
