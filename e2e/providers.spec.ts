import type { BrowserContext, Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";

// Nexus Mutual ≥ InsurAce ≥ Etherisc in every category of the seeded facts, so no weighting can
// reorder those three. Unslashed Finance (also depeg cover) is the one with a published premium
// besides Nexus: with Costs at the maximum it overtakes InsurAce, which is the change to see.
const PICKS = ["Nexus Mutual", "InsurAce", "Etherisc", "Unslashed Finance"];

/** Source links point off-site; answer them with a stub page so no test needs the network. */
async function stubExternalPages(context: BrowserContext): Promise<void> {
  await context.route(/^https?:\/\/(?!localhost|127\.0\.0\.1)/, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: "<title>source</title><p>stubbed source page</p>" }));
}

const ranking = (page: Page) => page.getByTestId("ranking").getByRole("listitem");

/** The weighted total shown on a ranking row ("6.82"). */
async function scoreOf(row: Locator): Promise<string> {
  return (await row.innerText()).match(/\b\d{1,2}\.\d{2}\b/)?.[0] ?? "";
}

async function rankedNames(page: Page): Promise<string[]> {
  return (await ranking(page).allInnerTexts()).map((t) => t.replace(/^\d+\.\s*/, "").split("\n")[0]?.trim() ?? "");
}

test.describe("providers: catalog, compare, provider page", () => {
  test.beforeEach(async ({ context }) => stubExternalPages(context));

  test("filter to depeg cover, compare, reweight Costs, open a source", async ({ page }) => {
    await page.goto("/providers");
    await expect(page.getByRole("heading", { level: 1, name: "Insurance providers" })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(18);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "providers-catalog");

    await page.getByLabel("Coverage type").selectOption("depeg");
    await expect(page).toHaveURL(/[?&]type=depeg/);
    await expect(page.getByRole("status").filter({ hasText: /of 18 providers/ })).toContainText("8 of 18 providers");
    for (const card of await page.getByRole("article").all()) await expect(card).toContainText("Stablecoin / LST depeg");

    for (const name of PICKS) {
      const toggle = page.getByRole("article", { name }).getByRole("button", { name: /compare|comparison/i });
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", "true");
    }
    await expect(page).toHaveURL(/p=nexus-mutual,insurace,etherisc,unslashed-finance/);
    await screenshot(page, "providers-catalog-depeg-selected");

    await page.getByRole("link", { name: "Compare 4 providers" }).click();
    await expect(page).toHaveURL(/\/providers\/compare\?p=nexus-mutual,insurace,etherisc,unslashed-finance$/);
    await expect(page.getByRole("heading", { level: 1, name: "Compare providers" })).toBeVisible();
    await expect.poll(() => rankedNames(page)).toEqual(["Nexus Mutual", "InsurAce", "Unslashed Finance", "Etherisc"]);
    await expect(page.locator(".recharts-wrapper > svg")).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "providers-compare-default");

    const defaultScore = await scoreOf(ranking(page).first());
    const costs = page.getByRole("slider", { name: "Costs" });
    await costs.focus();
    await costs.press("End");
    await expect(costs).toHaveValue("100");
    await expect.poll(() => rankedNames(page)).toEqual(["Nexus Mutual", "Unslashed Finance", "InsurAce", "Etherisc"]);
    // Nexus Mutual's total is worked out to the cent in provider.int.test.ts; here: it moved with the weights.
    await expect.poll(() => scoreOf(ranking(page).first())).not.toBe(defaultScore);
    await screenshot(page, "providers-compare-costs-max");

    await page.getByRole("button", { name: "Reset to default" }).click();
    await expect(costs).toHaveValue("15");
    await expect.poll(() => rankedNames(page)).toEqual(["Nexus Mutual", "InsurAce", "Unslashed Finance", "Etherisc"]);

    const source = page.getByRole("region", { name: /Comparison table/ }).locator("a[data-source-link]").first();
    const href = await source.getAttribute("href");
    expect(href).toMatch(/^https?:\/\//);
    await expect(source).toHaveAttribute("target", "_blank");
    await expect(source).toHaveAttribute("rel", /noopener/);
    const popupPromise = page.waitForEvent("popup");
    await source.click();
    const popup = await popupPromise;
    await popup.waitForLoadState();
    expect(popup.url()).toBe(href);
    await popup.close();
  });

  test("provider page: facts with sources, products, score breakdown", async ({ page }) => {
    await page.goto("/providers/nexus-mutual");
    await expect(page.getByRole("heading", { level: 1, name: "Nexus Mutual" })).toBeVisible();
    const keyFacts = page.getByRole("region", { name: "Key facts" });
    await expect(keyFacts).toContainText("$278M");
    await expect(keyFacts.getByRole("link", { name: /chain\.link/ })).toHaveAttribute("href", "http://chain.link/block-stories/episode-1");
    await expect(keyFacts).toContainText(/as of 1 Jun 2022 · \d+ years old/);
    await expect(keyFacts.getByText("Stale").first()).toBeVisible();
    // Its 6 own products, then its 218 listings, searched and paged on the server.
    await expect(page.getByRole("heading", { name: "Products (224)" })).toBeVisible();
    const products = page.getByRole("region", { name: "Products (224)" });
    await expect(products.getByRole("status")).toHaveText(/^Showing 1–\d+ of 224 products\.$/);
    await products.getByRole("button", { name: "Next page of products" }).click();
    await expect(products.getByRole("status")).toHaveText(/^Showing \d+–\d+ of 224 products\.$/);
    await expect(products.getByRole("status")).not.toHaveText(/^Showing 1–/);
    await products.getByLabel("Search products").fill("aave v3");
    await expect(products.getByRole("heading", { name: "Aave v3 — Protocol Cover", level: 3 })).toBeVisible();
    await expect(products.getByRole("status")).toHaveText(/matching “aave v3”/);
    await expect(page.getByRole("region", { name: "Score breakdown" })).toContainText("2 × log10($278,000,000 / $100,000)");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "providers-nexus-mutual");

    await page.goto("/providers/etherisc");
    await expect(page.getByRole("region", { name: "Key facts" }).getByText("unknown").first()).toBeVisible();
    await page.goto("/providers/no-such-provider");
    await expect(page.getByText("There is no provider with this address")).toBeVisible();
  });

  test("an empty result says so and clears in one click", async ({ page }) => {
    await page.goto("/providers?type=bridge&status=wound_down");
    await expect(page.getByText("No provider matches these filters.")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).last().click();
    await expect(page.getByRole("article")).toHaveCount(18);
    await expect(page).toHaveURL(/\/providers$/);
  });

  test("a signed-in user's weights are saved to their settings", async ({ page }) => {
    await signUp(page, newUser("weights"));
    await page.goto("/providers/compare?p=nexus-mutual,unslashed-finance");
    const costs = page.getByRole("slider", { name: "Costs" });
    await costs.focus();
    await costs.press("End");
    await expect(page.getByText("Saved to your settings")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("slider", { name: "Costs" })).toHaveValue("100");
    await expect(page.getByText("with the weights saved in your settings").first()).toBeVisible();
  });
});
