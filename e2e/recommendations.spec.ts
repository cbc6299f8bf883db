import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";
import { pickVenue } from "./pick-venue";

const POSITION = "Aave v3 USDC deposit";

/** A new user's portfolio with one uninsured position: $100,000 of USDC deposited in Aave v3 on Ethereum. */
async function uninsuredAave(page: Page): Promise<string> {
  await signUp(page, newUser("recs"));
  await page.getByLabel("New portfolio name").fill("Recommendations e2e");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  const href = await page.getByRole("link", { name: "Recommendations e2e" }).getAttribute("href");
  await page.goto(`${href}/positions`);
  await page.getByRole("button", { name: "Add your first position" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a position" });
  await dialog.getByLabel("Label", { exact: true }).fill(POSITION);
  await dialog.getByLabel("Asset", { exact: true }).fill("USDC");
  await dialog.getByLabel("Asset kind").selectOption("stablecoin");
  await dialog.getByLabel("Held at").selectOption("defi");
  await pickVenue(dialog, "aave-v3", "Aave V3");
  await dialog.getByLabel("Chain").selectOption("ethereum");
  await dialog.getByLabel("Value (USD)").fill("100000");
  await dialog.getByRole("button", { name: "Add position" }).click();
  await expect(dialog).toBeHidden();
  return href!.split("/").pop()!;
}

const gapBlock = (page: Page, risk: string) =>
  page.getByRole("article", { name: POSITION }).locator("div").filter({ has: page.getByRole("heading", { name: risk, exact: true }) }).last();

test("a new user sees what to buy for an uninsured Aave USDC position, applies one and runs the optimizer", async ({ page }) => {
  const portfolioId = await uninsuredAave(page);
  await page.getByRole("navigation", { name: "Portfolio" }).getByRole("link", { name: "Recommendations" }).click();
  await expect(page).toHaveURL(new RegExp(`/recommendations\\?portfolio=${portfolioId}`));

  // The settings the suggestions follow, in words.
  await expect(page.getByText(/Based on your settings: target 80% of each risk insured/)).toBeVisible();
  await expect(page.getByText(/1 of 1 position is below your 80% target/)).toBeVisible();

  // Protocol cover: gap 0.8 · 100,000 − 0 = 80,000. Nexus Mutual's own Aave v3 listing comes first, priced at
  // Nexus's documented 1 % minimum (no initial price in the data): 80,000 × 1 % = $800 a year.
  const protocol = gapBlock(page, "Protocol exploit");
  await expect(protocol.getByText("To reach your 80% target, buy $80,000.00.")).toBeVisible();
  const suggestions = protocol.getByRole("list", { name: "Products for protocol exploit, best first" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 5 }) });
  await expect(suggestions.first().getByRole("heading", { level: 5 })).toHaveText(/Nexus Mutual · Aave v3 — Protocol Cover$/);
  const nexus = suggestions.filter({ has: page.getByRole("heading", { name: /Nexus Mutual · Aave v3 — Protocol Cover$/ }) });
  await expect(nexus.getByText("Buy $80,000.00 of cover")).toBeVisible();
  // Every cost names its price; the value guard: 0.01 / 0.025 (ungraded → grade C; the listing has no deductible) = 0.4×.
  await expect(nexus.getByText(/About \$800\.00 a year at Nexus Mutual minimum 1 %\/yr/)).toBeVisible();
  await expect(nexus.getByText("Premium 0.4× the expected loss it covers (2.5 %/yr chance of loss)")).toBeVisible();
  await expect(nexus.getByText(/covers Aave v3 on Ethereum/)).toBeVisible();
  await expect(page.getByText(/KYC required/).first()).toBeVisible();
  // The generic "Protocol Cover" priced from the published 1–29 % range is not offered beside it.
  await expect(protocol.getByRole("heading", { name: /Nexus Mutual · Protocol Cover$/ })).toHaveCount(0);

  // Depeg cover: Yield Token Cover borrows Nexus Mutual's 1–29 %; at the middle, 15 %, 80,000 × 15 % = $12,000 a year,
  // 0.15 / 0.025 = 6× the expected loss: poor value, shown and marked.
  const depeg = gapBlock(page, "Depeg");
  const yieldToken = depeg.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Nexus Mutual · Yield Token Cover$/ }) });
  await expect(yieldToken.getByText(/About \$12,000\.00 a year at Nexus Mutual published range 1–29 %, mid 15 %/)).toBeVisible();
  await expect(yieldToken.getByText("Poor value")).toBeVisible();
  await expect(depeg.getByText(/left out, and why/)).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Buyer's checklist" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "recommendations-suggestions");

  // The treasurer got a quote of 2.1 % in the Nexus app: recorded, it prices the product everywhere.
  await yieldToken.getByRole("button", { name: "I got a quote for Nexus Mutual Yield Token Cover" }).click();
  const quoteForm = yieldToken.getByRole("form", { name: "Record a quote for Nexus Mutual Yield Token Cover" });
  await quoteForm.getByLabel("Annual rate (%)").fill("0");
  await quoteForm.getByRole("button", { name: "Save quote" }).click();
  await expect(quoteForm.getByText("Must be above 0 %")).toBeVisible();
  await quoteForm.getByLabel("Annual rate (%)").fill("2.1");
  await quoteForm.getByLabel("Note (optional)").fill("Nexus app, 12 noon");
  await quoteForm.getByRole("button", { name: "Save quote" }).click();
  await expect(quoteForm).toBeHidden();
  // 80,000 × 2.1 % = $1,680 a year; 0.021 / 0.025 = 0.84×: worth buying now.
  await expect(yieldToken.getByText(/About \$1,680\.00 a year at your quote 2\.1 % · /)).toBeVisible();
  await expect(yieldToken.getByText("Premium 0.84× the expected loss it covers (2.5 %/yr chance of loss)")).toBeVisible();
  await expect(yieldToken.getByText("Poor value")).toHaveCount(0);
  const quotes = page.getByRole("region", { name: "Your quotes" });
  await expect(quotes.getByText("Nexus Mutual · Yield Token Cover")).toBeVisible();
  await expect(quotes.getByText(/in use until/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "recommendations-quote");

  // Apply one: a draft appears, and the preview shows insured $0 → $80,000.
  await nexus.getByRole("button", { name: `Apply as draft: Nexus Mutual Aave v3 — Protocol Cover on ${POSITION}` }).click();
  await expect(nexus.getByText("✓ Drafted on this position")).toBeVisible();
  const card = page.getByRole("article", { name: POSITION });
  await expect(card.getByRole("button", { name: "Mark as held: Nexus Mutual Aave v3 — Protocol Cover" })).toBeVisible();
  await expect(card.getByText(/Insured \$0\.00 \(0%\) → \$80,000\.00 \(80%\) with 1 draft/)).toBeVisible();

  // The position page shows the same split: held figures unchanged, the what-if with the draft.
  await card.getByRole("link", { name: POSITION }).click();
  await expect(page).toHaveURL(/\/positions\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: POSITION })).toBeVisible();
  const beforeAfter = page.getByRole("region", { name: `Before and after drafts: ${POSITION}` });
  await expect(beforeAfter.getByText(/Insured \$0\.00 \(0%\) → \$80,000\.00 \(80%\)/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "recommendations-position-before-after");

  // The optimizer at the middle of each range, with the quote: Nexus's Aave v3 listing at its 1 % minimum covers
  // 0.025 × 0.95 / 0.01 = 2.375 of expected loss per premium dollar, Yield Token Cover at the quoted 2.1 %
  // 0.025 / 0.021 = 1.19. The listing takes $800 (its whole $80,000 gap at 1 %); the other $200 buys
  // 200 / 0.021 = $9,523.81 of Yield Token Cover. Without the quote it would be left out as poor value.
  await page.goto(`/recommendations?portfolio=${portfolioId}`);
  const budget = page.getByLabel("Annual premium budget (USD)");
  await budget.fill("ten");
  await expect(page.getByText(/Enter an amount in USD/)).toBeVisible();
  await budget.fill("1,000");
  await page.getByRole("button", { name: "Find the best plan" }).click();
  await expect(page.getByRole("heading", { name: "The plan for $1,000.00 a year" })).toBeVisible({ timeout: 30_000 });
  const table = page.getByRole("region", { name: "Allocation table" });
  await expect(table.getByRole("row").filter({ hasText: "Aave v3 — Protocol Cover" })).toContainText("$80,000.00");
  await expect(table.getByRole("row").filter({ hasText: "Aave v3 — Protocol Cover" })).toContainText("$800.00");
  await expect(table.getByRole("row").filter({ hasText: "Yield Token Cover" })).toContainText("$9,523.81");
  await expect(table.getByRole("row").filter({ hasText: "Yield Token Cover" })).toContainText("$200.00");
  await expect(table.getByRole("row").filter({ hasText: "Yield Token Cover" })).toContainText(/your quote 2\.1 %/);
  await expect(page.getByText("Budget fully used: a larger budget would cover more expected loss.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "recommendations-optimizer");

  // Applying the plan replaces the protocol draft applied above instead of doubling it.
  await page.getByRole("button", { name: "Apply all 2 as draft covers" }).click();
  await expect(page.getByText(/Added 2 draft covers/)).toBeVisible();
  await expect(card.getByText(/with 2 drafts/)).toBeVisible();

  // Marking the protocol draft as held moves the real figure, not only the preview.
  await card.getByRole("button", { name: "Mark as held: Nexus Mutual Aave v3 — Protocol Cover" }).click();
  await expect(card.getByRole("button", { name: "Mark as held: Nexus Mutual Aave v3 — Protocol Cover" })).toBeHidden();
  await page.goto(`/portfolios/${portfolioId}/positions`);
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: POSITION, exact: true }) }).getByRole("cell").nth(4)).toHaveText("$80,000.00");
});

test("no portfolio: the page says what to do", async ({ page }) => {
  await signUp(page, newUser("recs-empty"));
  await page.goto("/recommendations");
  await expect(page.getByText("No portfolio yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a portfolio" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
