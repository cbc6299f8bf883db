import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";
import { pickVenue } from "./pick-venue";

/** A calendar day n days from today, UTC (the server sizes as of today UTC). */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

type NewPosition = { label: string; asset: string; assetKind: string; venueKind: string; venue: string; chain: string; value: string };

async function fillPosition(dialog: Locator, p: NewPosition) {
  await dialog.getByLabel("Label", { exact: true }).fill(p.label);
  await dialog.getByLabel("Asset", { exact: true }).fill(p.asset);
  await dialog.getByLabel("Asset kind").selectOption(p.assetKind);
  await dialog.getByLabel("Held at").selectOption(p.venueKind);
  await pickVenue(dialog, p.venue);
  await dialog.getByLabel("Chain").selectOption(p.chain);
  await dialog.getByLabel("Value (USD)").fill(p.value);
}

async function addPosition(page: Page, p: NewPosition, opener = "Add position") {
  await page.getByRole("button", { name: opener, exact: true }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add a position" });
  await fillPosition(dialog, p);
  await dialog.getByRole("button", { name: "Add position" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("link", { name: p.label })).toBeVisible();
}

const row = (page: Page, label: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: label, exact: true }) });
// Cells after the row header: asset, chain, venue, value, insured, uninsured, share, flags, actions.
const cell = (page: Page, label: string, index: number) => row(page, label).getByRole("cell").nth(index);

const figure = (page: Page, label: string) => page.locator("dl > div").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) }).locator("dd").first();

/**
 * The same three positions on the dashboard (primary risk only, DESIGN §3.1):
 *   Aave v3 USDC deposit  100,000  protocol exploit, Nexus 80,000       insured 80,000  uninsured  20,000
 *   Coinbase USDC balance  50,000  exchange halt, cover ended 3 days ago insured      0  uninsured  50,000
 *   ETH in Ledger          30,000  no risk (no cover market)             insured      0  uninsured  30,000
 *   Totals                180,000                                        insured 80,000  uninsured 100,000, ratio 80/180 = 44.4 %
 * Nexus Mutual pays all 80,000 of the insured total (100 % > 50 %: provider concentration).
 */
async function checkDashboard(page: Page, portfolioHref: string): Promise<void> {
  await page.goto(portfolioHref);
  await expect(figure(page, "Portfolio value")).toHaveText("$180,000.00");
  await expect(figure(page, "Insured")).toHaveText("$80,000.00");
  await expect(figure(page, "Uninsured")).toHaveText("$100,000.00");
  await expect(figure(page, "Coverage ratio")).toHaveText("44.4%");
  await expect(figure(page, "Wasted cover")).toHaveText("$0.00");
  const alerts = page.getByRole("list", { name: "Alerts, most urgent first" }).locator("li");
  const titles = alerts.locator("h3");
  await expect(titles).toHaveText([
    "Cover expired",
    /^Claim window open until /,
    "Uninsured: $50,000.00",
    "100% of your cover is with Nexus Mutual",
  ]);
  // The window's last day is the expiry day + 29 (DESIGN §3.3), shown with the position it concerns.
  const claim = alerts.filter({ hasText: "Claim window open" });
  await expect(claim.getByRole("link", { name: "Coinbase USDC balance" })).toHaveAttribute("href", /\/positions\//);
  await expect(claim).toContainText(new Date(`${day(26)}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }));
  await page.getByRole("heading", { name: "Where the cover is" }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-wrapper > svg").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "positions-flow-dashboard");
}

/** A positions file with one bad row: the problem is named, the import is refused, and nothing is written. */
async function importWithOneBadRow(page: Page, portfolioHref: string): Promise<void> {
  const csv = "label,asset,asset_kind,chain,venue_kind,venue,value_usd\nMorpho USDC,USDC,stablecoin,base,defi,morpho,5000\nBroken,ETH,coin,ethereum,wallet,ledger,5\n";
  await page.goto(`${portfolioHref}/import`);
  await expect(page.getByTestId("portfolio-counts")).toContainText("3 positions");
  await page.getByLabel("File to import").setInputFiles({ name: "one-bad-row.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("region", { name: "Problems in the file" }).getByRole("row", { name: /Row 3 asset_kind Invalid option/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import / })).toBeDisabled();
  // Sent anyway, past the disabled button: the server refuses the whole file.
  const portfolioId = portfolioHref.split("/").pop();
  const res = await page.request.post("/api/trpc/portfolio.importCsv", { data: { portfolioId, kind: "positions", csv, dryRun: false } });
  const body = await res.json();
  expect(body.result?.data?.written ?? false).toBe(false);
  await page.reload();
  await expect(page.getByTestId("portfolio-counts")).toContainText("3 positions");
  await screenshot(page, "positions-flow-import-refused");
}

test("a treasurer records positions and covers and sees what is insured", async ({ page }) => {
  await signUp(page, newUser("positions"));
  await page.getByLabel("New portfolio name").fill("Positions e2e");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  const href = await page.getByRole("link", { name: "Positions e2e" }).getAttribute("href");
  await page.goto(`${href}/positions`);

  // Empty state says what to do next.
  await expect(page.getByText("No positions yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Import them from a CSV file" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await addPosition(page, { label: "Aave v3 USDC deposit", asset: "USDC", assetKind: "stablecoin", venueKind: "defi", venue: "aave-v3", chain: "ethereum", value: "100000" }, "Add your first position");
  await addPosition(page, { label: "Coinbase USDC balance", asset: "USDC", assetKind: "stablecoin", venueKind: "cex", venue: "coinbase", chain: "ethereum", value: "50000" });
  const ledger = { label: "ETH in Ledger", asset: "ETH", assetKind: "native", venueKind: "wallet", venue: "ledger", chain: "ethereum", value: "30000" };
  await addPosition(page, ledger);

  // What only the server can know (a duplicate label) also lands next to its field.
  await page.getByRole("button", { name: "Add position", exact: true }).click();
  let dialog = page.getByRole("dialog", { name: "Add a position" });
  await fillPosition(dialog, ledger);
  await dialog.getByRole("button", { name: "Add position" }).click();
  await expect(dialog.getByLabel("Label", { exact: true })).toHaveAccessibleDescription("This portfolio already has a position with this label");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("link", { name: "ETH in Ledger" })).toHaveCount(1);

  // A catalog cover: Nexus Mutual Protocol Cover, $80,000 on the Aave position.
  await page.getByRole("button", { name: "Add cover" }).click();
  dialog = page.getByRole("dialog", { name: "Add a cover" });
  await dialog.getByLabel("Provider", { exact: true }).selectOption({ label: "Nexus Mutual" });
  await dialog.getByLabel("Product", { exact: true }).selectOption({ label: "Protocol Cover — Protocol exploit" });
  await expect(dialog.getByLabel("Coverage type")).toHaveValue("protocol_exploit");
  await expect(dialog.getByLabel("Deductible", { exact: true })).toHaveValue("pct_of_cover");
  await dialog.getByLabel("Cover amount (USD)").fill("80000");
  await dialog.getByLabel("Starts").fill(day(-100));
  await dialog.getByLabel("Expires").fill(day(200));
  await dialog.getByLabel("Find positions").fill("aave");
  await dialog.getByLabel(/Aave v3 USDC deposit/).check();
  await expect(dialog.getByText("1 of 3 selected")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "positions-cover-form");
  await dialog.getByRole("button", { name: "Add cover" }).click();
  await expect(dialog).toBeHidden();

  // A cover bought elsewhere: exchange halt on Coinbase, ended 3 days ago, 30-day claim window.
  await page.getByRole("button", { name: "Add cover" }).click();
  dialog = page.getByRole("dialog", { name: "Add a cover" });
  await dialog.getByLabel("Bought elsewhere").check();
  await dialog.getByLabel("Product name").fill("Exchange halt cover");
  await dialog.getByLabel("Coverage type").selectOption("exchange_halt");
  await dialog.getByLabel("Cover amount (USD)").fill("50,000");
  await dialog.getByLabel("Starts").fill(day(-183));
  await dialog.getByLabel("Expires").fill(day(-3));
  await dialog.getByLabel("Claim window (days, optional)").fill("30");
  await dialog.getByLabel(/Coinbase USDC balance/).check();
  await dialog.getByRole("button", { name: "Add cover" }).click();
  await expect(dialog).toBeHidden();

  // Aave: E = 100,000; the product's 5 %-of-cover deductible (DESIGN §3.2):
  // pay = min(80,000, max(0, 100,000 − 80,000·5/100)) = min(80,000, 96,000) = 80,000.00 insured, 20,000.00 uninsured.
  await expect(cell(page, "Aave v3 USDC deposit", 3)).toHaveText("$100,000.00");
  await expect(cell(page, "Aave v3 USDC deposit", 4)).toHaveText("$80,000.00");
  await expect(cell(page, "Aave v3 USDC deposit", 5)).toHaveText("$20,000.00");
  await expect(cell(page, "Aave v3 USDC deposit", 6)).toHaveText("80%");
  await expect(cell(page, "Aave v3 USDC deposit", 7)).toHaveText("—"); // ratio 0.8 meets the 0.8 target: not under-insured
  // Coinbase: the exchange cover ended 3 days ago, so it does not count: 0 insured, 50,000 uninsured;
  // its window runs from the expiry day X for 30 days, the last day to file being X + 29 = today + 26.
  await expect(cell(page, "Coinbase USDC balance", 4)).toHaveText("$0.00");
  await expect(cell(page, "Coinbase USDC balance", 5)).toHaveText("$50,000.00");
  await expect(cell(page, "Coinbase USDC balance", 7)).toContainText(`Claim window open until ${day(26)}`);
  await expect(cell(page, "Coinbase USDC balance", 7)).toContainText("Cover expired");
  // A hardware wallet holding ETH carries no insurable risk (DESIGN §3.1).
  await expect(cell(page, "ETH in Ledger", 7)).toHaveText("No cover market");

  const covers = page.getByRole("region", { name: "Covers table" });
  await expect(covers.getByRole("row")).toHaveCount(3);
  await expect(covers.getByRole("row", { name: /Protocol Cover/ })).toContainText("Active");
  await expect(covers.getByRole("row", { name: /Exchange halt cover/ })).toContainText(`Claim window open until ${day(26)}`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "positions-light");

  await checkDashboard(page, href ?? "");
  await importWithOneBadRow(page, href ?? "");
  await page.goto(`${href}/positions`);

  // Reversed dates: the message sits next to the expiry field and nothing is written.
  await page.getByRole("button", { name: "Add cover" }).click();
  dialog = page.getByRole("dialog", { name: "Add a cover" });
  await dialog.getByLabel("Bought elsewhere").check();
  await dialog.getByLabel("Product name").fill("Reversed cover");
  await dialog.getByLabel("Coverage type").selectOption("protocol_exploit");
  await dialog.getByLabel("Cover amount (USD)").fill("1000");
  await dialog.getByLabel("Starts").fill(day(10));
  await dialog.getByLabel("Expires").fill(day(0));
  await dialog.getByRole("button", { name: "Add cover" }).click();
  await expect(dialog.getByLabel("Expires")).toHaveAccessibleDescription("Expiry must be after the start date");
  await expect(dialog.getByLabel("Expires")).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(covers.getByRole("row")).toHaveCount(3);
  // The server refuses it too, with the error on the same field.
  const portfolioId = href?.split("/").pop();
  const refused = await page.request.post("/api/trpc/cover.create", {
    data: { portfolioId, productName: "Reversed cover", coverageType: "protocol_exploit", amountUsd: "1000", startsAt: day(10), expiresAt: day(0), positionIds: [] },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.data.fieldErrors.expiresAt).toEqual(["Expiry must be after the start date"]);
  await page.reload();
  await expect(covers.getByRole("row")).toHaveCount(3);

  // Edit a position.
  await page.getByRole("button", { name: "Edit ETH in Ledger" }).click();
  dialog = page.getByRole("dialog", { name: "Edit position" });
  await expect(dialog.getByLabel("Value (USD)")).toHaveValue("30000");
  await dialog.getByLabel("Value (USD)").fill("35000");
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: "Save position" }).click();
  await expect(dialog).toBeHidden();
  await expect(cell(page, "ETH in Ledger", 3)).toHaveText("$35,000.00");

  // Delete asks first; cancelling keeps the position.
  await page.getByRole("button", { name: "Delete Coinbase USDC balance" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this position?" });
  await expect(confirm).toContainText("Coinbase USDC balance");
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(row(page, "Coinbase USDC balance")).toHaveCount(1);
  await page.getByRole("button", { name: "Delete Coinbase USDC balance" }).click();
  await confirm.getByRole("button", { name: "Delete position" }).click();
  await expect(row(page, "Coinbase USDC balance")).toHaveCount(0);
  await expect(covers.getByRole("row", { name: /Exchange halt cover/ }).getByRole("cell").nth(3)).toHaveText("0");

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "positions-dark");
  await page.getByRole("button", { name: "Edit cover Protocol Cover" }).click();
  dialog = page.getByRole("dialog", { name: "Edit cover: Protocol Cover" });
  await expect(dialog.getByLabel("Product", { exact: true })).toHaveValue(/.+/);
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, "positions-375");

  // A phone gets its cards in the first HTML, not a table swapped out after hydration; a desktop gets the table.
  const phoneUa = "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";
  const firstHtml = async (userAgent: string) => (await page.request.get(page.url(), { headers: { "user-agent": userAgent } })).text();
  const onPhone = await firstHtml(phoneUa);
  expect(onPhone).toContain('aria-label="Positions"');
  expect(onPhone).not.toContain("<table");
  const onDesktop = await firstHtml("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36");
  expect(onDesktop).toContain("<table");
  expect(onDesktop).toContain("Aave v3 USDC deposit");
});
