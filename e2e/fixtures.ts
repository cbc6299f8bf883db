import { test as base, expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";

export type TestUser = { email: string; name: string; password: string };

let counter = 0;
export function newUser(prefix = "user"): TestUser {
  counter += 1;
  const id = `${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `${prefix}-${id}@e2e.coverdesk.test`, name: `${prefix} ${id}`, password: "correct-horse-battery" };
}

/** Waits until React has hydrated, so typing is not lost to a re-render on a loaded machine. */
export async function gotoReady(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState("networkidle");
}

export async function signUp(page: Page, user: TestUser): Promise<void> {
  await gotoReady(page, "/sign-up");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/portfolios$/);
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/portfolios/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

const SHOTS = "e2e/screenshots";
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

export const test = base;
export { expect };
