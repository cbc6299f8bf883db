import type { Page } from "@playwright/test";
import { expect, newUser, signUp, test } from "./fixtures";

async function trpc<T = { id: string }>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}`, { data: input });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return (await res.json()).result.data as T;
}

test("the coverage statement shows the summary's figures and prints without navigation", async ({ page }) => {
  await signUp(page, newUser("stmt"));
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: "Statement E2E" });
  const aave = await trpc(page, "position.create", {
    portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000",
  });
  await trpc(page, "cover.create", {
    portfolioId, providerSlug: "nexus-mutual", productName: "Protocol cover", coverageType: "protocol_exploit", amountUsd: "60000",
    premiumUsd: "1200", claimWindowDays: 30, startsAt: "2026-01-01", expiresAt: "2099-01-01", positionIds: [aave.id],
  });

  await page.goto(`/portfolios/${portfolioId}`);
  await page.getByRole("link", { name: "Statement" }).click();
  await expect(page).toHaveURL(new RegExp(`/portfolios/${portfolioId}/statement$`));
  const totals = page.getByRole("region", { name: "Coverage statement" });
  for (const text of ["$100,000.00", "$60,000.00", "$40,000.00", "60%"]) await expect(totals).toContainText(text);
  for (const name of ["By venue", "Covers held", "Provider concentration", "Open alerts", "Data sources"]) {
    await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Covers held", exact: true }).getByRole("row").nth(1)).toContainText("In force");
  await expect(page.getByRole("region", { name: /Uninsured gaps of \$10,000/ })).toContainText("Aave USDC");
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("download", /\.csv$/);

  // On a phone the wide tables scroll inside their own box: the page itself does not get wider.
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Portfolio" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print / Save as PDF" })).toBeHidden();
  await expect(page.getByRole("region", { name: "By venue", exact: true })).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(1000);
});
