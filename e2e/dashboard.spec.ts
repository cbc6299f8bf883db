import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signOut, signUp, test } from "./fixtures";

/** A non-batched tRPC mutation over HTTP: the POST body is the input. */
async function trpc<T = { id: string }>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}`, { data: input });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return (await res.json()).result.data as T;
}

function day(offset: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const defi = { assetKind: "stablecoin", chain: "ethereum", venueKind: "defi" } as const;

/**
 * Four positions whose figures are checked by hand (primary risk only):
 *   Aave USDC     100,000.00  Nexus 60,000 cover          insured 60,000  uninsured 40,000     (60 % < 80 %: under-insured)
 *   Coinbase USDC  25,000.50  no cover                    insured      0  uninsured 25,000.50  (uninsured)
 *   Compound ETH   50,000.00  OpenCover 50,000, ends +10  insured 50,000  uninsured      0     (expiring soon)
 *   Curve LP       20,000.00  Nexus 30,000                insured 20,000  wasted 10,000        (over-insured)
 *   Totals        195,000.50                              insured 130,000.00, uninsured 65,000.50, ratio 66.7 %
 *   Nexus pays 60,000 + 20,000 = 80,000 of 130,000 = 61.5 % (> 50 %: provider concentration)
 */
async function seedPortfolio(page: Page): Promise<{ portfolioId: string; curveId: string }> {
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: "E2E treasury" });
  const position = (label: string, fields: Record<string, string>) => trpc(page, "position.create", { portfolioId, label, ...fields });
  const aave = await position("Aave USDC", { ...defi, asset: "USDC", venue: "aave-v3", valueUsd: "100000" });
  await position("Coinbase USDC", { asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "cex", venue: "coinbase", valueUsd: "25000.50" });
  const compound = await position("Compound ETH", { ...defi, asset: "ETH", assetKind: "native", chain: "base", venue: "compound-v3", valueUsd: "50000" });
  const curve = await position("Curve LP", { ...defi, asset: "USDC-USDT", chain: "arbitrum", venue: "curve", valueUsd: "20000" });
  const cover = (providerSlug: string, amountUsd: string, expiresAt: string, positionId: string) => trpc(page, "cover.create", {
    portfolioId, providerSlug, productName: "Protocol cover", coverageType: "protocol_exploit", amountUsd,
    startsAt: day(-20), expiresAt, positionIds: [positionId],
  });
  await cover("nexus-mutual", "60000", day(200), aave.id);
  await cover("opencover", "50000", day(10), compound.id);
  await cover("nexus-mutual", "30000", day(300), curve.id);
  return { portfolioId, curveId: curve.id };
}

const figure = (page: Page, label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").first();
const alertsList = (page: Page) => page.getByRole("list", { name: "Alerts, most urgent first" });

test("the dashboard shows exact totals, alerts most urgent first, and hides an acknowledged alert", async ({ page }) => {
  await signUp(page, newUser("dash"));
  const { portfolioId } = await seedPortfolio(page);
  // Rendered on the server: the first HTML, before any script runs, already has the totals and the alerts.
  const firstHtml = await (await page.request.get(`/portfolios/${portfolioId}`)).text();
  for (const text of ["$195,000.50", "$130,000.00", "$65,000.50", "66.7%", "Cover expires in 10 days", "Uninsured: $25,000.50"]) expect(firstHtml).toContain(text);
  await page.goto(`/portfolios/${portfolioId}`);

  await expect(figure(page, "Portfolio value")).toHaveText("$195,000.50");
  await expect(figure(page, "Insured")).toHaveText("$130,000.00");
  await expect(figure(page, "Uninsured")).toHaveText("$65,000.50");
  await expect(figure(page, "Coverage ratio")).toHaveText("66.7%");
  await expect(figure(page, "Wasted cover")).toHaveText("$10,000.00");

  const titles = alertsList(page).locator("li h3");
  await expect(titles).toHaveText([
    "Cover expires in 10 days",
    "Uninsured: $25,000.50",
    "Under-insured: 60% covered",
    "Over-insured: $10,000.00 beyond exposure",
    "61.5% of your cover is with Nexus Mutual",
  ]);
  await expect(alertsList(page).getByRole("link", { name: "Compound ETH" })).toHaveAttribute("href", /\/positions\//);

  // Charts load after the figures, once their section nears the screen, each with its figures as text.
  await page.getByRole("heading", { name: "Where the cover is" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-wrapper > svg")).toHaveCount(5);
  await page.getByRole("region", { name: "By chain" }).getByText("Show figures").click();
  await expect(page.getByRole("region", { name: "By chain: insured and uninsured per Chain" }).getByRole("row", { name: /Ethereum/ }))
    .toHaveText(/Ethereum\s*\$60,000\.00\s*\$65,000\.50/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "dashboard");

  // Acknowledge the uninsured alert for a week: it leaves the list, and can be shown again.
  await page.getByRole("button", { name: "Acknowledge: Uninsured: $25,000.50 (Coinbase USDC)" }).click();
  await expect(page.getByLabel("Hide until")).toHaveValue(day(7));
  await page.getByRole("button", { name: "Hide alert" }).click();
  await expect(titles).toHaveCount(4);
  await expect(alertsList(page).getByText("Uninsured: $25,000.50")).toHaveCount(0);
  await page.reload();
  await expect(titles).toHaveCount(4);
  await page.getByLabel("Show acknowledged (1)").check();
  await expect(alertsList(page).getByText(`Acknowledged: hidden until`)).toBeVisible();
  await screenshot(page, "dashboard-acknowledged-shown");
  await page.getByRole("button", { name: "Show again: Uninsured: $25,000.50 (Coinbase USDC)" }).click();
  await expect(titles).toHaveCount(5);
});

test("many positions with the same alert are one row: open it, acknowledge one inside, then the whole group", async ({ page }) => {
  await signUp(page, newUser("groups"));
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: "Grouped alerts" });
  const cex = (label: string, venue: string, valueUsd: string) => trpc(page, "position.create", {
    portfolioId, label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "cex", venue, valueUsd,
  });
  await cex("Coinbase USDC", "coinbase", "10000");
  await cex("Kraken USDC", "kraken", "20000.25");
  await cex("Binance USDC", "binance", "30000");
  const compound = await trpc(page, "position.create", { portfolioId, label: "Compound ETH", ...defi, asset: "ETH", assetKind: "native", venue: "compound-v3", valueUsd: "50000" });
  await trpc(page, "cover.create", {
    portfolioId, providerSlug: "opencover", productName: "Protocol cover", coverageType: "protocol_exploit", amountUsd: "50000",
    startsAt: day(-20), expiresAt: day(10), positionIds: [compound.id],
  });
  await page.goto(`/portfolios/${portfolioId}`);

  // 10,000 + 20,000.25 + 30,000 = 60,000.25 uninsured over three positions: one row, not three.
  const titles = alertsList(page).locator(":scope > li h3");
  await expect(titles).toHaveText(["Cover expires in 10 days", "3 positions uninsured — $60,000.25", "100% of your cover is with OpenCover"]);
  await expect(page.getByRole("heading", { name: "Alerts (5 open)" })).toBeVisible();

  await page.getByRole("button", { name: "Show 3 positions" }).click();
  const inside = page.getByRole("list", { name: "3 positions uninsured — $60,000.25: the most urgent first" });
  await expect(inside.locator("li h4")).toHaveText(["Uninsured: $30,000.00", "Uninsured: $20,000.25", "Uninsured: $10,000.00"]);
  await expect(inside.getByRole("link", { name: "Binance USDC" })).toHaveAttribute("href", /\/positions\//);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "dashboard-alert-group-open");

  // One position inside the group: the group shrinks to the other two.
  await inside.getByRole("button", { name: "Acknowledge: Uninsured: $20,000.25 (Kraken USDC)" }).click();
  await inside.getByRole("button", { name: "Hide alert" }).click();
  await expect(titles.nth(1)).toHaveText("2 positions uninsured — $40,000.00");
  await expect(page.getByRole("heading", { name: "Alerts (4 open)" })).toBeVisible();

  // The whole group at once.
  await page.getByRole("button", { name: "Acknowledge all: 2 positions uninsured — $40,000.00" }).click();
  await expect(page.getByLabel("Hide until")).toHaveValue(day(7));
  await page.getByRole("button", { name: "Hide all 2" }).click();
  await expect(titles).toHaveText(["Cover expires in 10 days", "100% of your cover is with OpenCover"]);
  await page.reload();
  await expect(titles).toHaveCount(2);
  await page.getByLabel("Show acknowledged (3)").check();
  await expect(titles.nth(1)).toHaveText("3 positions uninsured — $60,000.25");
  await expect(alertsList(page).getByText("(3 acknowledged)")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("looking ahead past an expiry moves its cover into uninsured and the alert to expired", async ({ page }) => {
  await signUp(page, newUser("ahead"));
  const { portfolioId } = await seedPortfolio(page);
  await page.goto(`/portfolios/${portfolioId}`);
  await expect(figure(page, "Insured")).toHaveText("$130,000.00");
  await page.getByLabel("Figures as of").fill(day(15));
  // Compound's 50,000 cover has ended: 130,000 − 50,000 insured; 65,000.50 + 50,000 uninsured.
  await expect(figure(page, "Insured")).toHaveText("$80,000.00");
  await expect(figure(page, "Uninsured")).toHaveText("$115,000.50");
  await expect(alertsList(page).locator("li h3").first()).toHaveText("Cover expired");
  await expect(page).toHaveURL(new RegExp(`asOf=${day(15)}`));
  await page.getByRole("button", { name: "Back to today" }).click();
  await expect(figure(page, "Insured")).toHaveText("$130,000.00");
});

test("the position page shows each risk, what each cover pays, and its flags in words", async ({ page }) => {
  await signUp(page, newUser("position"));
  const { portfolioId } = await seedPortfolio(page);
  await page.goto(`/portfolios/${portfolioId}`);
  await alertsList(page).getByRole("link", { name: "Curve LP" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curve LP" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Over-insured: $10,000.00 beyond exposure" })).toBeVisible();
  const risks = page.getByRole("region", { name: "Exposure, insured, uninsured and wasted cover per risk" });
  await expect(risks.getByRole("row", { name: /protocol exploit/ })).toHaveText(/\$20,000\.00\s*\$20,000\.00\s*\$0\.00\s*\$10,000\.00/);
  await expect(risks.getByRole("row", { name: /depeg/ })).toHaveText(/\$20,000\.00\s*\$0\.00\s*\$20,000\.00\s*\$0\.00/);
  // The 30,000 cover is allocated in full to its one position and pays at most the 20,000 exposure.
  await expect(page.getByRole("region", { name: "What Protocol cover pays" }).getByRole("row", { name: /protocol exploit/ }))
    .toHaveText(/\$30,000\.00\s*\$20,000\.00/);
  await expect(page.locator(".recharts-wrapper > svg")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "position-page");
  await page.getByRole("link", { name: "← E2E treasury dashboard" }).click();
  await expect(page).toHaveURL(new RegExp(`/portfolios/${portfolioId}$`));
});

test("the dashboard and position page fit a 375 px screen and pass axe in the dark theme", async ({ page }) => {
  await signUp(page, newUser("narrow"));
  const { portfolioId, curveId } = await seedPortfolio(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/portfolios/${portfolioId}`);
  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  // On a phone the charts wait below the figures and alerts until scrolled to.
  await page.getByRole("heading", { name: "Where the cover is" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-wrapper > svg")).toHaveCount(5);
  for (const details of await page.getByText("Show figures").all()) await details.click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "dashboard-375-dark");

  await page.goto(`/positions/${curveId}`);
  await expect(page.locator(".recharts-wrapper > svg")).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "position-375-dark");
});

test("an empty portfolio says what to do next; another user's dashboard and position are not found", async ({ page }) => {
  await signUp(page, newUser("owner"));
  const { portfolioId, curveId } = await seedPortfolio(page);
  const { id: emptyId } = await trpc(page, "portfolio.create", { name: "Empty one" });
  await page.goto(`/portfolios/${emptyId}`);
  await expect(page.getByRole("heading", { name: "No positions yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add positions and covers" })).toHaveAttribute("href", `/portfolios/${emptyId}/positions`);
  await expect(page.getByRole("link", { name: "Import a CSV" })).toHaveAttribute("href", `/portfolios/${emptyId}/import`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "dashboard-empty");
  await signOut(page);

  await signUp(page, newUser("intruder"));
  await page.goto(`/portfolios/${portfolioId}`);
  await expect(page.getByText("This portfolio does not exist or is not yours.")).toBeVisible();
  await expect(page.getByText("$195,000.50")).toHaveCount(0);
  await page.goto(`/positions/${curveId}`);
  await expect(page.getByText("This position does not exist or is not yours.")).toBeVisible();
});
