import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";

test("settings validate as you type, save, and drive the recommendations", async ({ page }) => {
  await signUp(page, newUser("settings"));
  await page.getByLabel("New portfolio name").fill("Settings e2e");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await page.goto("/settings");

  const region = page.getByLabel("Country or region");
  await region.selectOption({ label: "Germany" });
  await expect(page.getByText("Suggestions leave out products not offered in Germany")).toBeVisible();
  const target = page.getByLabel("Target coverage (%)");
  await target.fill("150");
  await expect(page.getByText("A percentage above 0 and at most 100, e.g. 80")).toBeVisible();
  await target.fill("50");
  await page.getByLabel("I am willing to complete KYC (identity checks)").uncheck();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Saved. Suggestions now follow these settings.")).toBeVisible();

  await page.getByLabel("UX weight").fill("200");
  await expect(page.getByText("A number from 0 to 100")).toBeVisible();
  await page.getByLabel("Grade F (%/yr)").fill("abc");
  await expect(page.getByText("A percentage between 0 and 100, e.g. 2.5")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "settings-validation");

  await page.reload();
  await expect(page.getByLabel("Country or region")).toHaveValue("DE");
  await expect(page.getByLabel("Target coverage (%)")).toHaveValue("50");
  await expect(page.getByLabel("I am willing to complete KYC (identity checks)")).not.toBeChecked();

  await page.goto("/recommendations");
  await expect(page.getByText(/target 50% of each risk insured; region DE; no KYC/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
