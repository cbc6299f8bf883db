import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, gotoReady, newUser, screenshot, signUp, test } from "./fixtures";

/** A non-batched tRPC mutation over HTTP: the POST body is the input. */
async function trpc<T = { id: string }>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}`, { data: input });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return (await res.json()).result.data as T;
}

/** Nothing on the page is wider than a 375 px phone: a wide part scrolls in its own box, if at all. */
async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

const POSITION = { label: "Written with a read token", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000" };

test("a read token made in Settings reads the REST API, cannot write, shows its last use, and is refused once revoked", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  await signUp(page, newUser("tokens"));
  const portfolioName = `Token treasury ${Date.now().toString(36)}`;
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: portfolioName });

  // Settings → API tokens, with what tokens are for and where the reference is.
  await gotoReady(page, "/settings");
  await page.getByRole("link", { name: "API tokens", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/api-tokens$/);
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByRole("link", { name: "API reference" })).toHaveAttribute("href", "/api-docs");
  await expect(page.getByRole("link", { name: "OpenAPI document" })).toHaveAttribute("href", "/api/openapi.json");
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await expect(page.getByRole("option", { name: portfolioName })).toBeAttached();
  await page.waitForLoadState("networkidle");

  // Errors beside their fields: a missing name (the form's), an expiry in the past (the server's).
  const name = page.getByLabel("Name", { exact: true });
  const expiry = page.getByLabel("Expires after (optional)");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(name).toHaveAccessibleDescription("Give the token a name, e.g. the script that uses it");
  await name.fill("Nightly export");
  await expiry.fill("2020-01-01");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(expiry).toHaveAccessibleDescription("The expiry must be in the future");
  await expiry.fill("");

  // A read token for all portfolios: shown once, with a curl request to try it.
  await expect(page.getByRole("radio", { name: /Read only/ })).toBeChecked();
  await expect(page.getByLabel("Portfolio", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("heading", { name: "Token “Nightly export” created: copy it now" })).toBeFocused();
  await expect(page.getByText("It will not be shown again.", { exact: true })).toBeVisible();
  // Announced to screen readers too (a live region that was on the page before).
  await expect(page.getByText("Token Nightly export created. Copy it now: it will not be shown again.")).toHaveAttribute("aria-live", "polite");
  const token = await page.getByLabel("Your new API token").inputValue();
  expect(token).toMatch(/^cdk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByLabel("Try it: list the portfolios it can read (curl)"))
    .toHaveValue(`curl -H "Authorization: Bearer ${token}" ${new URL(baseURL!).origin}/api/v1/portfolios`);
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Nightly export" }) });
  await expect(item).toContainText(token.slice(0, 10));
  await expect(item).not.toContainText(token);
  await expect(item).toContainText("Read only");
  await expect(item).toContainText("All portfolios");
  await expect(item).toContainText("No expiry");
  await expect(item.getByText("Never")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "api-tokens-desktop");
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoSidewaysScroll(page);
  await screenshot(page, "api-tokens-375-light");
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "api-tokens-375-dark");
  await page.getByRole("button", { name: "Switch to light theme" }).click();
  await page.setViewportSize({ width: 1280, height: 720 });

  // The REST API with the token (the request fixture carries no cookies): the portfolio is listed.
  const bearer = { Authorization: `Bearer ${token}` };
  const listed = await request.get("/api/v1/portfolios", { headers: bearer });
  expect(listed.status(), await listed.text()).toBe(200);
  expect(((await listed.json()) as { id: string; name: string }[]).map((p) => p.name)).toContain(portfolioName);
  expect((await request.get("/api/v1/portfolios")).status()).toBe(401);
  // A read token may not write.
  const write = await request.post(`/api/v1/portfolios/${portfolioId}/positions`, { headers: bearer, data: POSITION });
  expect(write.status(), await write.text()).toBe(403);

  // Its use shows in the list.
  await page.reload();
  await expect(item.getByText("Never")).toHaveCount(0);
  await expect(item.getByText("just now")).toBeVisible();
  await expect(page.getByText("It will not be shown again.", { exact: true })).toHaveCount(0);

  // Revoked: asked first, gone from the list, refused by the API.
  await page.waitForLoadState("networkidle");
  await item.getByRole("button", { name: "Revoke" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Revoke this token?" });
  await expect(dialog).toContainText("stops working at once");
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(item).toHaveCount(0);
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your tokens (0)" })).toBeFocused();
  const refused = await request.get("/api/v1/portfolios", { headers: bearer });
  expect(refused.status()).toBe(401);
  await page.reload();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
});

test("a read-write token for one portfolio writes to it and finds no other", async ({ page, request }) => {
  await signUp(page, newUser("tokens-rw"));
  const { id: mine } = await trpc(page, "portfolio.create", { name: "Scoped fund" });
  const { id: other } = await trpc(page, "portfolio.create", { name: "Other fund" });
  await gotoReady(page, "/settings/api-tokens");
  await expect(page.getByRole("option", { name: "Scoped fund" })).toBeAttached();
  await page.getByLabel("Name", { exact: true }).fill("Position sync");
  await page.getByLabel("Portfolio", { exact: true }).selectOption({ label: "Scoped fund" });
  await page.getByRole("radio", { name: /Read and write/ }).check();
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("Your new API token").inputValue();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Position sync" }) });
  await expect(item).toContainText("Read and write");
  await expect(item).toContainText("Scoped fund");

  const bearer = { Authorization: `Bearer ${token}` };
  const listed = await request.get("/api/v1/portfolios", { headers: bearer });
  expect(((await listed.json()) as { id: string }[]).map((p) => p.id)).toEqual([mine]);
  const written = await request.post(`/api/v1/portfolios/${mine}/positions`, { headers: bearer, data: { ...POSITION, label: "Synced" } });
  expect(written.status(), await written.text()).toBe(200);
  expect((await request.post(`/api/v1/portfolios/${other}/positions`, { headers: bearer, data: POSITION })).status()).toBe(404);

  // "I have saved the token" puts the token away for good.
  await page.getByRole("button", { name: "I have saved the token" }).click();
  await expect(page.getByLabel("Your new API token")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "New token" })).toBeFocused();
});
