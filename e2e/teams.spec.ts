import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, gotoReady, newUser, screenshot, test, type TestUser } from "./fixtures";

/** A non-batched tRPC mutation over HTTP: the POST body is the input. */
async function trpc<T = { id: string }>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}`, { data: input });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return (await res.json()).result.data as T;
}

/** Another browser with its own cookies (none to begin with), on the same server. */
async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: test.info().project.use.baseURL });
}

/** Signs up through the form on the page it is on (the sign-up page, reached with a callbackUrl). */
async function fillSignUp(page: Page, user: TestUser): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signUpHere(page: Page, user: TestUser): Promise<void> {
  await gotoReady(page, "/sign-up");
  await fillSignUp(page, user);
  await expect(page).toHaveURL(/\/portfolios$/);
}

test("an owner invites a viewer, who sees the portfolio read-only; a share link hides amounts until revoked; the audit log tells it all", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const owner = newUser("owner");
  const viewer = newUser("viewer");
  const portfolioName = `Team treasury ${Date.now().toString(36)}`;
  const positionLabel = "Aave USDC main";

  // The owner: a portfolio with one position, made over the API.
  await signUpHere(page, owner);
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: portfolioName });
  const { id: positionId } = await trpc(page, "position.create", {
    portfolioId, label: positionLabel, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "250000",
  });

  // (a) Members: invite the second address as a viewer and copy the link.
  await gotoReady(page, `/portfolios/${portfolioId}/members`);
  await expect(page.getByRole("heading", { name: "Members (1)" })).toBeVisible();
  await page.getByLabel("E-mail address").fill(viewer.email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const inviteUrl = await page.getByLabel("Invitation link").inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "teams-members-desktop");
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "teams-members-phone");
  await page.setViewportSize({ width: 1280, height: 720 });

  // The invitee, in a browser of their own: the invitation page, "Create an account", back to accept.
  const viewerContext = await freshContext(browser);
  const v = await viewerContext.newPage();
  await gotoReady(v, inviteUrl);
  await expect(v.getByRole("heading", { name: `Join “${portfolioName}”` })).toBeVisible();
  await v.getByRole("link", { name: "Create an account" }).click();
  await expect(v).toHaveURL(/\/sign-up\?callbackUrl=/);
  await fillSignUp(v, viewer);
  await expect(v).toHaveURL(/\/invite\//);
  await v.waitForLoadState("networkidle");
  await v.getByRole("button", { name: "Accept" }).click();
  await expect(v).toHaveURL(new RegExp(`/portfolios/${portfolioId}$`));
  await expect(v.getByRole("heading", { level: 1, name: portfolioName })).toBeVisible();
  await expect(v.getByText(/Your role:\s*Viewer/)).toBeVisible();
  // The dashboard's alerts (an uninsured position) are there to read, not to acknowledge.
  await expect(v.getByRole("heading", { name: /Uninsured/ }).first()).toBeVisible();
  await expect(v.getByRole("button", { name: /^Acknowledge/ })).toHaveCount(0);

  // The viewer reads the positions but is offered nothing that the API would refuse.
  await gotoReady(v, `/portfolios/${portfolioId}/positions`);
  await expect(v.getByRole("link", { name: positionLabel })).toBeVisible();
  await expect(v.getByText(/View only: you are a viewer of this portfolio/)).toBeVisible();
  await expect(v.getByRole("button", { name: "Add position" })).toHaveCount(0);
  await expect(v.getByRole("button", { name: "Add cover" })).toHaveCount(0);
  await expect(v.getByRole("button", { name: `Edit ${positionLabel}` })).toHaveCount(0);
  await expect(v.getByRole("button", { name: `Delete ${positionLabel}` })).toHaveCount(0);
  await expect(v.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
  await expect(v.getByRole("link", { name: "Share" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(v);
  await screenshot(v, "teams-viewer-positions");
  await gotoReady(v, `/portfolios/${portfolioId}/import`);
  await expect(v.getByText(/View only: you are a viewer of this portfolio/)).toBeVisible();
  await expect(v.getByRole("button", { name: /Import/ })).toHaveCount(0);
  // Members: read-only for a viewer.
  await gotoReady(v, `/portfolios/${portfolioId}/members`);
  await expect(v.getByText(/You are a viewer/)).toBeVisible();
  await expect(v.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
  // The portfolio list marks the shared portfolio with the role, and offers no rename or delete.
  await gotoReady(v, "/portfolios");
  const row = v.getByRole("listitem").filter({ hasText: portfolioName });
  await expect(row.getByText("Viewer")).toBeVisible();
  await expect(row.getByRole("button", { name: `Rename ${portfolioName}` })).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Delete ${portfolioName}` })).toHaveCount(0);
  await screenshot(v, "teams-viewer-portfolios");

  // Straight to the API: refused with 403 and the reason.
  const refused = await v.request.post("/api/trpc/position.update", { data: { id: positionId, label: "Renamed by a viewer" } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain("viewer");
  await viewerContext.close();

  // The owner's list now says the portfolio is shared.
  await gotoReady(page, "/portfolios");
  await expect(page.getByRole("listitem").filter({ hasText: portfolioName }).getByText("Owner · shared")).toBeVisible();

  // (b) Share: a link that hides amounts, opened by someone with no account at all.
  await gotoReady(page, `/portfolios/${portfolioId}/share`);
  await page.getByRole("checkbox", { name: /Hide amounts/ }).check();
  await page.getByRole("button", { name: "Create share link" }).click();
  const shareUrl = await page.getByLabel("Share link address").inputValue();
  expect(shareUrl).toMatch(/\/s\/[A-Za-z0-9_-]+$/);

  const anonContext = await freshContext(browser);
  const anon = await anonContext.newPage();
  const opened = await anon.goto(shareUrl);
  expect(opened?.status()).toBe(200);
  await expect(anon.getByRole("heading", { level: 1, name: portfolioName })).toBeVisible();
  await expect(anon.getByRole("table").getByText(positionLabel)).toBeVisible();
  expect(await anon.locator("body").innerText()).not.toContain("$");
  await expectNoSeriousA11yViolations(anon);
  await screenshot(anon, "teams-shared-desktop");
  await anon.setViewportSize({ width: 375, height: 812 });
  await expect(anon.getByRole("list", { name: "Positions" }).getByText(positionLabel)).toBeVisible();
  expect(await anon.locator("body").innerText()).not.toContain("$");
  await screenshot(anon, "teams-shared-phone");

  // The owner revokes it: the page is gone for the visitor.
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: /^Revoke the link created/ }).click();
  await page.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByRole("table").getByText("Revoked")).toBeVisible();
  const reloaded = await anon.reload();
  expect(reloaded?.status()).toBe(404);
  await anonContext.close();

  // (c) The audit log: the invitation, its acceptance and the position's creation.
  await gotoReady(page, `/portfolios/${portfolioId}/audit`);
  const log = page.getByRole("table");
  await expect(log.getByText(`invited ${viewer.email} as viewer`)).toBeVisible();
  await expect(log.getByText("joined the portfolio as viewer")).toBeVisible();
  await expect(log.getByText(`created position ${positionLabel}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "teams-audit-desktop");
});
