import { expect, newUser, signUp, test } from "./fixtures";

test("every page carries the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["strict-transport-security"]).toContain("max-age=");
  expect(h["x-powered-by"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite", async ({ page, context }) => {
  await signUp(page, newUser("cookie"));
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("errors in production carry no stack trace or SQL", async ({ request }) => {
  const res = await request.post("/api/trpc/portfolio.create", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(res.status()).toBeGreaterThanOrEqual(400);
  expect(res.status()).toBeLessThan(500);
  const body = await res.text();
  expect(body).not.toMatch(/at .*\.js:\d+|stack|SELECT|INSERT/i);

  const anonymous = await request.get("/api/trpc/portfolio.list");
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.text()).not.toMatch(/stack/i);
});

test("text users enter is rendered as text, never as markup", async ({ page }) => {
  await signUp(page, newUser("xss"));
  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
  await page.getByLabel("New portfolio name").fill(hostile);
  await page.getByRole("button", { name: "Create portfolio" }).click();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: hostile })).toBeVisible();
  expect(alerted).toBe(false);
  expect(await page.locator("img[src=x]").count()).toBe(0);
});
