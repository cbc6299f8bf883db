import { expectNoSeriousA11yViolations } from "./a11y";
import { expect, newUser, screenshot, signUp, test } from "./fixtures";

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

test("a treasurer with a Curve position on Ethereum sees the exploit of 30 July 2023 and the last day to claim on the cover that counted", async ({ page }) => {
  await signUp(page, newUser("curve"));
  await page.getByLabel("New portfolio name").fill("Curve LP");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  const href = (await page.getByRole("link", { name: "Curve LP" }).getAttribute("href"))!;
  const portfolioId = href.split("/").pop()!;
  // A Curve position on Ethereum, and protocol cover for 2023 with a 35-day claim window, made through the API the pages use.
  const call = (path: string, input: unknown) => page.request.post(`/api/trpc/${path}`, { data: input });
  const position = await call("position.create", {
    portfolioId, label: "Curve crvUSD pool", asset: "crvUSD", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "curve-dex", valueUsd: "100000",
  });
  expect(position.ok()).toBe(true);
  const positionId = (await position.json()).result.data.id as string;
  expect((await call("cover.create", {
    portfolioId, productName: "Protocol cover", coverageType: "protocol_exploit", amountUsd: "60000",
    startsAt: "2023-01-01", expiresAt: "2023-12-31", claimWindowDays: 35, positionIds: [positionId],
  })).ok()).toBe(true);

  // The dashboard as of 5 August 2023 puts the incident above every other alert, and sends the treasurer to what to claim.
  await page.goto(`${href}?asOf=2023-08-05`);
  await expect(page.getByRole("heading", { name: "Curve DEX: protocol exploit on Jul 30, 2023 hit Curve crvUSD pool" })).toBeVisible();
  await page.getByRole("link", { name: "What to claim, by when" }).click();
  await expect(page).toHaveURL(new RegExp(`${href}/incidents$`));

  // As of 5 August 2023, looking back 30 days.
  await page.goto(`${href}/incidents?asOf=2023-08-05&lookbackDays=30`);
  const impact = page.getByRole("article", { name: /Curve DEX: protocol exploit on Jul 30, 2023/ });
  await expect(impact).toBeVisible();
  await expect(impact.getByText("$41,000,000.00")).toBeVisible();
  const held = impact.getByRole("region", { name: "Curve crvUSD pool on Jul 30, 2023" });
  await expect(held.getByText(/insured \$60,000\.00, uninsured \$40,000\.00/)).toBeVisible();
  // 2023-12-31 + 35 days = 2024-02-04, 183 days after 5 August 2023.
  await expect(held.getByText(/Last day to file: Feb 4, 2024 \(in 183 days\)/)).toBeVisible();
  await held.getByText("What to gather for the claim").click();
  await expect(held.getByText("The affected addresses and the chain they are on")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "incidents-impact");

  // The position page lists the incidents on its venue.
  await page.goto(`/positions/${positionId}`);
  await expect(page.getByRole("heading", { name: "Incidents on Curve DEX" })).toBeVisible();
  await expect(page.getByText(/Jul 30, 2023 · Protocol exploit on Ethereum · loss \$41,000,000\.00/)).toBeVisible();
});
