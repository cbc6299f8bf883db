import { expect, newUser, screenshot, signIn, signOut, signUp, test } from "./fixtures";

test("a user's portfolio is invisible to another user", async ({ page }) => {
  const alice = newUser("alice");
  const bob = newUser("bob");

  await signUp(page, alice);
  await page.getByLabel("New portfolio name").fill("Alice treasury");
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("link", { name: "Alice treasury" })).toBeVisible();
  await screenshot(page, "portfolios-after-create");
  await signOut(page);

  await signIn(page, alice);
  await expect(page.getByRole("link", { name: "Alice treasury" })).toBeVisible();
  await signOut(page);

  await signUp(page, bob);
  await expect(page.getByText("No portfolios yet")).toBeVisible();
  await expect(page.getByRole("link", { name: "Alice treasury" })).toHaveCount(0);
  await screenshot(page, "portfolios-other-user");
});

test("sign-up and sign-in explain what is wrong, next to the field", async ({ page }) => {
  const user = newUser("carol");
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();

  await signUp(page, user);
  await signOut(page);
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Name").fill("Someone else");
  await page.getByLabel("Password").fill("another-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists")).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("wrong-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await screenshot(page, "sign-in-wrong-password");
});

test("signed-out visitors of app pages are sent to sign in and brought back", async ({ page }) => {
  await page.goto("/portfolios");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fportfolios/);
  const user = newUser("dave");
  await signUp(page, user);
  await signOut(page);
  await page.goto("/portfolios");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portfolios$/);
});
