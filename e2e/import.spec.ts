import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";
import type { Page } from "@playwright/test";

const HEADER = "label,asset,asset_kind,chain,venue_kind,venue,value_usd";
const GOOD = `${HEADER}\nAave USDC,USDC,stablecoin,ethereum,defi,aave-v3,"1,250,000.50"\nLido stETH,stETH,lst,ethereum,defi,lido,500000\nTrésor 金库,ETH,native,ethereum,custodian,bitgo,75000\n`;
const ONE_BAD_ROW = `${HEADER}\nAave USDC,USDC,stablecoin,ethereum,defi,aave-v3,1000\nBroken,ETH,coin,ethereum,wallet,ledger,5\nLedger ETH,ETH,native,ethereum,wallet,ledger,200\n`;

async function openImportPage(page: Page, name: string): Promise<void> {
  await signUp(page, newUser("importer"));
  await page.getByLabel("New portfolio name").fill(name);
  await page.getByRole("button", { name: "Create portfolio" }).click();
  const href = await page.getByRole("link", { name }).getAttribute("href");
  await page.goto(`${href}/import`);
  await expect(page.getByTestId("portfolio-counts")).toContainText("0 positions");
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.getByLabel("File to import").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv) });
}

test("a file with one bad row shows the row's problem and imports nothing", async ({ page }) => {
  await openImportPage(page, "Import errors treasury");
  await expectNoSeriousA11yViolations(page);
  await upload(page, "one-bad-row.csv", ONE_BAD_ROW);

  const problems = page.getByRole("region", { name: "Problems in the file" });
  await expect(page.getByRole("heading", { name: /1 problem to fix/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /Row 3 asset_kind Invalid option/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview of the file" }).getByText("problem: Invalid option")).toBeAttached();
  await expect(page.getByRole("button", { name: /^Import / })).toBeDisabled();
  await expect(page.getByTestId("portfolio-counts")).toContainText("0 positions");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "import-one-bad-row");
});

test("a good file is previewed, then every position is imported and can be exported", async ({ page }) => {
  await openImportPage(page, "Import good treasury");
  await upload(page, "positions.csv", GOOD);

  await expect(page.getByText("3 positions ready to import")).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview of the file" }).getByRole("cell", { name: "Trésor 金库" })).toBeVisible();
  await screenshot(page, "import-preview");
  await page.getByRole("button", { name: "Import 3 positions" }).click();

  await expect(page.getByRole("status").filter({ hasText: "Imported 3 positions" })).toBeVisible();
  await expect(page.getByTestId("portfolio-counts")).toContainText("3 positions");
  await expect(page.getByTestId("portfolio-counts")).toContainText("$1,825,000.50");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "import-done");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Positions (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^import-good-treasury-\d{4}-\d{2}-\d{2}-positions\.csv$/);
  const content = await (await file.createReadStream()).toArray();
  // Slugs for round trips, names beside them for people.
  expect(Buffer.concat(content).toString("utf8")).toContain("Trésor 金库,ETH,native,ethereum,Ethereum,custodian,bitgo,BitGo,75000");
});

test("venues written as people name them are resolved; an unknown one is imported as typed, with a warning", async ({ page }) => {
  await openImportPage(page, "Import venue names");
  const csv = `${HEADER}\nAave by name,USDC,stablecoin,ethereum,,Aave V3,1000\nOur vault,USDC,stablecoin,ethereum,defi,Our Family Vault,2500\n`;
  await upload(page, "venues.csv", csv);

  await expect(page.getByText("2 positions ready to import")).toBeVisible();
  const warnings = page.getByRole("list", { name: "Warnings about the file" });
  await expect(page.getByRole("heading", { name: /1 warning — these rows are imported as they are/ })).toBeVisible();
  await expect(warnings).toContainText(`"Our Family Vault" is not in the venue catalog: imported as the unlisted venue "our-family-vault"`);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Import 2 positions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 positions" })).toBeVisible();

  // The table shows the catalog's name for "Aave V3" (its kind taken from the catalog) and the unlisted slug, marked.
  await page.getByRole("link", { name: "Positions & covers" }).click();
  const row = (label: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: label, exact: true }) });
  await expect(row("Aave by name").getByRole("cell").nth(2)).toHaveText("Aave V3DeFi protocol");
  await expect(row("Our vault").getByRole("cell").nth(2)).toContainText("our-family-vault");
  await expect(row("Our vault").getByRole("cell").nth(2)).toContainText("unlisted");
});
