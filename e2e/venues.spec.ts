import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";
import { venueBox } from "./pick-venue";

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 375, height: 812 };

/** A new user's empty portfolio; returns its id. */
async function emptyPortfolio(page: Page, name: string): Promise<string> {
  await signUp(page, newUser("venues"));
  await page.getByLabel("New portfolio name").fill(name);
  await page.getByRole("button", { name: "Create portfolio" }).click();
  const href = await page.getByRole("link", { name }).getAttribute("href");
  return href!.split("/").pop()!;
}

async function fillTheRest(dialog: Locator, label: string, chain: string) {
  await dialog.getByLabel("Label", { exact: true }).fill(label);
  await dialog.getByLabel("Asset", { exact: true }).fill("stETH");
  await dialog.getByLabel("Asset kind").selectOption("lst");
  await dialog.getByLabel("Chain").selectOption(chain);
  await dialog.getByLabel("Value (USD)").fill("250000");
}

/** The picker's options (not the <option>s of the selects). */
const options = (dialog: Locator) => dialog.getByRole("listbox", { name: "Venue suggestions" }).getByRole("option");
const option = (dialog: Locator, name: string) => options(dialog).filter({ has: dialog.page().getByText(name, { exact: true }) });

test("add a position with the picker by typing “lido” and choosing Lido; the positions table shows names", async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const portfolioId = await emptyPortfolio(page, "Venue picker e2e");
  await page.goto(`/portfolios/${portfolioId}/positions`);
  await page.getByRole("button", { name: "Add your first position" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a position" });
  const box = venueBox(dialog);

  // Typing opens the list: Lido first, with its category and chains; the typed text is offered as unlisted last.
  await box.pressSequentially("lido", { delay: 30 });
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const list = dialog.getByRole("listbox", { name: "Venue suggestions" });
  await expect(list).not.toHaveAttribute("aria-busy", "true");
  const lido = option(dialog, "Lido");
  await expect(lido).toContainText("liquid staking · Ethereum");
  await expect(options(dialog).first()).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await options(dialog).first().getAttribute("id"))!);
  await expect(dialog.getByRole("option", { name: /Use “lido” as an unlisted venue/ })).toHaveCount(0);

  // Arrow keys move the highlight; Escape closes the list and leaves the dialog open.
  const count = await options(dialog).count();
  await box.press("ArrowDown");
  await expect(options(dialog).nth(count > 1 ? 1 : 0)).toHaveAttribute("aria-selected", "true");
  await box.press("ArrowUp");
  await expect(lido).toHaveAttribute("aria-selected", "true");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "venue-picker-1440");
  await box.press("Escape");
  await expect(list).toBeHidden();
  await expect(dialog).toBeVisible();

  // Choosing Lido fills where it is held and narrows the chains to Lido's.
  await box.press("ArrowDown");
  await expect(lido).toBeVisible();
  await lido.click();
  await expect(box).toHaveValue("Lido");
  await expect(dialog.getByLabel("Held at")).toHaveValue("defi");
  await expect(dialog.getByText("Saved as lido")).toBeVisible();
  const chains = await dialog.getByLabel("Chain").locator("option").allTextContents();
  expect(chains).toContain("Ethereum");
  expect(chains).not.toContain("Bitcoin");
  expect(chains.length).toBeLessThan(13);
  await expect(dialog.getByText("The chains Lido runs on")).toBeVisible();

  await fillTheRest(dialog, "Lido stETH", "ethereum");
  await dialog.getByRole("button", { name: "Add position" }).click();
  await expect(dialog).toBeHidden();

  // The table: the venue and the chain by name.
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Lido stETH", exact: true }) });
  await expect(row.getByRole("cell").nth(1)).toHaveText("Ethereum");
  await expect(row.getByRole("cell").nth(2)).toHaveText("LidoDeFi protocol");

  // An unlisted venue, chosen with the keyboard: saved as a slug, marked unlisted, every chain on offer.
  await page.getByRole("button", { name: "Add position", exact: true }).click();
  const second = page.getByRole("dialog", { name: "Add a position" });
  const box2 = venueBox(second);
  await box2.pressSequentially("My Family Vault", { delay: 20 });
  const unlisted = options(second).filter({ hasText: "Use “My Family Vault” as an unlisted venue" });
  await expect(unlisted).toBeVisible();
  await expect(second.getByRole("listbox", { name: "Venue suggestions" })).not.toHaveAttribute("aria-busy", "true");
  await box2.press("ArrowUp"); // from the first option up wraps to the last: the unlisted one
  await expect(unlisted).toHaveAttribute("aria-selected", "true");
  await box2.press("Enter");
  await expect(box2).toHaveValue("My Family Vault");
  await expect(second.getByText("unlisted", { exact: true })).toBeVisible();
  await expect(second.getByText("Not in the catalog: saved as “my-family-vault”, with every chain to choose from")).toBeVisible();
  await second.getByLabel("Held at").selectOption("defi");
  expect(await second.getByLabel("Chain").locator("option").allTextContents()).toContain("Bitcoin");
  await fillTheRest(second, "Family vault", "bsc");
  await second.getByRole("button", { name: "Add position" }).click();
  await expect(second).toBeHidden();
  const vault = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Family vault", exact: true }) });
  await expect(vault.getByRole("cell").nth(1)).toHaveText("BNB Chain");
  await expect(vault.getByRole("cell").nth(2)).toContainText("my-family-vault");
  await expect(vault.getByRole("cell").nth(2)).toContainText("unlisted");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "venue-names-table-1440");

  // Editing keeps the catalog venue by name with its chains narrowed.
  await page.getByRole("button", { name: "Edit Lido stETH" }).click();
  const edit = page.getByRole("dialog", { name: "Edit position" });
  await expect(venueBox(edit)).toHaveValue("Lido");
  await expect(edit.getByText("The chains Lido runs on")).toBeVisible();
  await edit.getByRole("button", { name: "Cancel" }).click();

  // The dashboard labels its venue and chain breakdowns by name.
  await page.goto(`/portfolios/${portfolioId}`);
  await page.getByRole("region", { name: "By venue" }).getByText("Show figures").click();
  await expect(page.getByRole("region", { name: /By venue: insured and uninsured/ }).getByRole("row", { name: /Lido/ })).toBeVisible();
  await expect(page.getByRole("region", { name: /By venue: insured and uninsured/ }).getByRole("row", { name: /my-family-vault \(unlisted\)/ })).toBeVisible();
  await page.getByRole("region", { name: "By chain" }).getByText("Show figures").click();
  await expect(page.getByRole("region", { name: /By chain: insured and uninsured/ }).getByRole("row", { name: /BNB Chain/ })).toBeVisible();
});

test("at 375 px the picker and the position cards show names", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const portfolioId = await emptyPortfolio(page, "Venue picker phone");
  await page.goto(`/portfolios/${portfolioId}/positions`);
  await page.getByRole("button", { name: "Add your first position" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a position" });
  const box = venueBox(dialog);
  await box.pressSequentially("curve", { delay: 30 });
  await expect(dialog.getByRole("listbox", { name: "Venue suggestions" })).not.toHaveAttribute("aria-busy", "true");
  // A family is offered after its venues; choosing it lists only its venues.
  const family = option(dialog, "Curve (family)");
  await expect(family).toContainText("show its venues");
  await family.click();
  await expect(options(dialog)).not.toHaveCount(0);
  for (const text of await options(dialog).allTextContents()) expect(text).toMatch(/^Curve/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "venue-picker-375");
  await option(dialog, "Curve DEX").click();
  await expect(box).toHaveValue("Curve DEX");
  await fillTheRest(dialog, "Curve LP", "arbitrum");
  await dialog.getByRole("button", { name: "Add position" }).click();
  await expect(dialog).toBeHidden();
  const card = page.getByRole("list", { name: "Positions" }).getByRole("listitem").first();
  await expect(card).toContainText("stETH · Arbitrum · Curve DEX (DeFi protocol)");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "venue-names-cards-375");
});
