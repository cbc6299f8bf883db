import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, screenshot, test } from "./fixtures";

test("the incidents page lists sourced incidents newest first and narrows to the Curve exploit of 30 July 2023", async ({ page }) => {
  await page.goto("/incidents");
  await expect(page.getByRole("heading", { level: 1, name: "Incidents" })).toBeVisible();
  // All 861 seeded incidents, newest first.
  await expect(page.getByText("861 incidents, newest first")).toBeVisible();
  const rows = page.getByRole("list", { name: "Incidents" }).getByRole("listitem");
  await expect(rows).toHaveCount(25);
  const dates = await rows.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")!));
  expect([...dates].sort().reverse()).toEqual(dates);

  const filters = page.getByRole("search", { name: "Filter incidents" });
  await filters.getByLabel("Search").fill("curve");
  await filters.getByLabel("Chain").selectOption("ethereum");
  await filters.getByLabel("Kind").selectOption("protocol_exploit");
  await filters.getByLabel("From").fill("2023-07-30");
  await filters.getByLabel("To").fill("2023-07-01");
  await expect(filters.getByText("Must be on or after the start date")).toBeVisible();
  await filters.getByLabel("To").fill("2023-07-30");
  await expect(page.getByText("1 incident, newest first")).toBeVisible();
  const curve = rows.first();
  await expect(curve.getByRole("heading", { name: "Curve" })).toBeVisible();
  await expect(curve.getByText("$41,000,000.00")).toBeVisible();
  await expect(curve.getByText("reentrancy; business logic flaw")).toBeVisible();
  await expect(curve.getByRole("link", { name: "Reference 1" })).toHaveAttribute("href", /^https:\/\//);
  await expect(curve.getByRole("link", { name: "DeFiHackLabs" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "incidents-curve");

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByText("861 incidents, newest first")).toBeVisible();
  await page.getByRole("button", { name: "Show 25 more" }).click();
  await expect(rows).toHaveCount(50);
});
