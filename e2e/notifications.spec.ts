import { createHmac } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./a11y";
import { DEMO_EMAIL } from "@/prisma/seed-data/demo-portfolio";
import { expect, gotoReady, newUser, screenshot, signIn, signUp, test } from "./fixtures";

/** A non-batched tRPC mutation over HTTP: the POST body is the input. */
async function trpc<T = { id: string }>(page: Page, path: string, input: unknown): Promise<T> {
  const res = await page.request.post(`/api/trpc/${path}`, { data: input });
  expect(res.ok(), `${path}: ${await res.text()}`).toBeTruthy();
  return (await res.json()).result.data as T;
}

/** A calendar day n days from today, UTC (the server's day for a user in UTC). */
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A portfolio with one Aave position and one cover on it, made over the app's tRPC API. */
async function portfolioWithCover(page: Page, o: { portfolio: string; position: string; cover: string; expiresAt: string }) {
  const { id: portfolioId } = await trpc(page, "portfolio.create", { name: o.portfolio });
  const { id: positionId } = await trpc(page, "position.create", {
    portfolioId, label: o.position, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000",
  });
  const { id: coverId } = await trpc(page, "cover.create", {
    portfolioId, productName: o.cover, coverageType: "protocol_exploit", amountUsd: "100000", startsAt: day(-60), expiresAt: o.expiresAt, positionIds: [positionId],
  });
  return { portfolioId, positionId, coverId };
}

type Received = { headers: IncomingHttpHeaders; body: string };

/** A webhook endpoint on 127.0.0.1 (random port) that records what it gets and answers 200. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => { body += chunk; });
    req.on("end", () => {
      if (req.method === "POST") received.push({ headers: req.headers, body });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/coverdesk-hook`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Standard Webhooks: v1 = base64 HMAC-SHA256 of "id.timestamp.body", keyed with the base64 after whsec_. */
function expectedSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  return `v1,${createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

async function openNotifications(page: Page) {
  await gotoReady(page, "/settings");
  await page.getByRole("link", { name: "Notifications", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  await expect(page.getByLabel("Digest hour")).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("a webhook on a local receiver gets a signed test, and the settings save with errors beside their fields", async ({ page }) => {
  const receiver = await startReceiver();
  try {
    await signUp(page, newUser("webhooks"));
    await openNotifications(page);
    await expect(page.getByText("No mail server is configured (SMTP_URL): e-mails go to your Outbox")).toBeVisible();

    // Preferences: a bad threshold is named beside its field; the good ones are saved.
    const gap = page.getByLabel("Uninsured gap threshold (USD)");
    await gap.fill("ten thousand");
    await expect(gap).toHaveAccessibleDescription("Enter an amount in USD, e.g. 10000 (no sign, at most 8 decimals)");
    await page.getByRole("button", { name: "Save notification settings" }).click();
    await expect(page.getByText("Notification settings saved.")).toHaveCount(0);
    await gap.fill("$25,000");
    await page.getByLabel("Digest hour").selectOption({ label: "07:00" });
    await page.getByLabel("Time zone").selectOption("Europe/Zurich");
    await page.getByRole("button", { name: "Save notification settings" }).click();
    await expect(page.getByText("Notification settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Digest hour")).toHaveValue("7");
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Zurich");
    await expect(page.getByText("Saved: Europe/Zurich.")).toBeVisible();
    await expect(gap).toHaveValue("25000");

    // A webhook: both events named, the secret shown once.
    const hooks = page.getByRole("region", { name: "Webhooks" });
    await expect(hooks.getByText("No webhooks yet.")).toBeVisible();
    await hooks.getByRole("button", { name: "Add webhook" }).click();
    await expect(hooks.getByLabel("Endpoint URL")).toHaveAccessibleDescription("Required: the https:// address of your endpoint");
    await hooks.getByLabel("Endpoint URL").fill(receiver.url);
    await hooks.getByLabel("An incident hits one of your positions").uncheck();
    await hooks.getByRole("button", { name: "Add webhook" }).click();
    const secretPanel = hooks.getByRole("region", { name: "Webhook added: copy its signing secret now" });
    await expect(secretPanel).toBeVisible();
    await expect(secretPanel.getByText("webhook-signature").first()).toBeVisible();
    const secret = await secretPanel.getByLabel("Signing secret", { exact: true }).inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);

    const item = hooks.getByRole("listitem").filter({ has: page.getByRole("heading", { name: receiver.url }) });
    await expect(item.getByText("A cover expires in 30, 7 or 1 days")).toBeVisible();
    await expect(item.getByText("An incident hits one of your positions")).toHaveCount(0);
    await expect(item.getByText("none yet")).toBeVisible();

    // "Send a test": the receiver gets a signed POST, and the page says it was delivered.
    await item.getByRole("button", { name: "Send a test" }).click();
    await expect(item.getByText("Test delivered: your endpoint answered HTTP 200.")).toBeVisible();
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    const id = String(got!.headers["webhook-id"]);
    const timestamp = String(got!.headers["webhook-timestamp"]);
    expect(id).toMatch(/^msg_/);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(300);
    expect(String(got!.headers["webhook-signature"]).split(" ")).toContain(expectedSignature(secret, id, timestamp, got!.body));
    expect(JSON.parse(got!.body)).toMatchObject({ type: "webhook.test" });
    await expect(item.getByText("Delivered · HTTP 200").first()).toBeVisible();

    // The delivery log: status, attempts, code.
    await item.getByRole("button", { name: "Delivery log" }).click();
    const log = item.getByRole("list", { name: "Deliveries, newest first" });
    await expect(log.getByRole("listitem")).toHaveCount(1);
    await expect(log.getByText("webhook.test")).toBeVisible();
    await expect(log.getByText(id)).toBeVisible();

    // A test e-mail lands in the outbox (no SMTP in the e2e server).
    await page.getByRole("button", { name: "Send a test e-mail" }).click();
    await expect(page.getByText("Test e-mail saved in your outbox (no mail server configured).")).toBeVisible();

    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "notifications-desktop");
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "notifications-phone");
    await page.setViewportSize({ width: 1280, height: 720 });

    // Delete asks first.
    await item.getByRole("button", { name: "Delete" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete this webhook?" });
    await confirm.getByRole("button", { name: "Delete webhook" }).click();
    await expect(confirm).toBeHidden();
    await expect(hooks.getByText("No webhooks yet.")).toBeVisible();
    // Focus lands on the section's heading, not nowhere, once the deleted item is gone.
    await expect(page.locator("#webhooks-heading")).toBeFocused();

    // The outbox shows the test e-mail, its HTML in a script-less sandbox.
    await page.getByRole("link", { name: "Outbox", exact: true }).first().click();
    await expect(page).toHaveURL(/\/settings\/notifications\/outbox$/);
    const mails = page.getByRole("list", { name: "E-mails, newest first" }).getByRole("listitem");
    await expect(mails).toHaveCount(1);
    await mails.first().getByRole("button", { name: /CoverDesk: test e-mail/ }).click();
    await expect(mails.first().locator("iframe")).toHaveAttribute("sandbox", "");
  } finally {
    await receiver.close();
  }
});

test("Check now e-mails a digest naming the position whose cover expires soon, and the outbox shows it", async ({ page }) => {
  await signUp(page, newUser("checknow"));
  const position = "Aave USDC, expiring soon";
  await portfolioWithCover(page, { portfolio: "Check now treasury", position, cover: "Nexus Protocol Cover", expiresAt: day(5) });
  await openNotifications(page);

  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^\d+ new alerts?: e-mail in your outbox/ })).toBeVisible();
  // Nothing new the second time: each alert is sent once (until it escalates).
  await page.getByRole("button", { name: "Check now" }).click();
  await expect(page.getByText("Nothing new since the last notice.")).toBeVisible();

  await gotoReady(page, "/settings/notifications/outbox");
  const mails = page.getByRole("list", { name: "E-mails, newest first" }).getByRole("listitem");
  await expect(mails).toHaveCount(1);
  const digest = mails.first();
  await expect(digest).toContainText(/cover expiring (in \d+ days|tomorrow|today)/);
  await expect(digest).toContainText("In outbox (not sent)");
  await expectNoSeriousA11yViolations(page);
  await digest.getByRole("button", { name: /CoverDesk: .*cover expiring/ }).click();
  // The HTML version, in a sandbox with no scripts, names the position; so does the text version.
  await expect(digest.locator("iframe")).toHaveAttribute("sandbox", "");
  const html = digest.frameLocator("iframe");
  await expect(html.getByText(position, { exact: false }).first()).toBeVisible();
  await screenshot(page, "notifications-outbox-digest");
  await digest.getByRole("button", { name: "Text version" }).click();
  await expect(digest.locator("pre")).toContainText(`${position}: `);
  // (axe cannot run inside a script-less sandbox: checked with the text version shown.)
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize({ width: 375, height: 812 });
  await screenshot(page, "notifications-outbox-phone");
});

test("the calendar feed carries the cover's expiry, is shown once, and stops working when rotated or turned off", async ({ page, request }) => {
  await signUp(page, newUser("calendar"));
  const expiry = day(45);
  const { coverId } = await portfolioWithCover(page, { portfolio: "Calendar treasury", position: "Aave USDC for the calendar", cover: "Calendar Cover", expiresAt: expiry });
  await openNotifications(page);

  const calendar = page.getByRole("region", { name: "Calendar feed" });
  await calendar.getByRole("button", { name: "Create calendar feed" }).click();
  const url = await calendar.getByLabel("Calendar feed address").inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+/);
  await expect(calendar.getByText("Subscribe in your calendar app by URL:")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "notifications-calendar-created");

  // Fetched as a calendar app would: no session.
  const path = new URL(url).pathname;
  const feed = await request.get(path);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = await feed.text();
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(`DTSTART;VALUE=DATE:${expiry.replaceAll("-", "")}`);
  expect(ics).toContain("Calendar Cover");

  // Shown once: after a reload the page only says it is active.
  await page.reload();
  await expect(calendar.getByText("Your feed is active. Its address was shown once.")).toBeVisible();
  await expect(calendar.getByLabel("Calendar feed address")).toHaveCount(0);

  // A new address: the old one stops working.
  await calendar.getByRole("button", { name: "Get a new address" }).click();
  const rotated = await calendar.getByLabel("Calendar feed address").inputValue();
  expect(rotated).not.toBe(url);
  expect((await request.get(path)).status()).toBe(404);
  const rotatedPath = new URL(rotated).pathname;
  expect((await request.get(rotatedPath)).status()).toBe(200);
  await calendar.getByRole("button", { name: "I have copied it" }).click();

  // Turned off: no address works.
  await calendar.getByRole("button", { name: "Turn off" }).click();
  await expect(calendar.getByText("The calendar feed is off: its address no longer works.")).toBeVisible();
  expect((await request.get(rotatedPath)).status()).toBe(404);

  // One cover as a file, from the portfolio's covers, for its owner only.
  const file = await page.request.get(`/api/covers/${coverId}/ics`);
  expect(file.status()).toBe(200);
  expect(await file.text()).toContain(`DTSTART;VALUE=DATE:${expiry.replaceAll("-", "")}`);
  expect((await request.get(`/api/covers/${coverId}/ics`)).status()).toBe(404);
});

test("each cover offers its dates as an .ics download", async ({ page }) => {
  await signUp(page, newUser("ics"));
  const { portfolioId, coverId } = await portfolioWithCover(page, { portfolio: "ICS treasury", position: "Aave USDC ics", cover: "ICS Cover", expiresAt: day(90) });
  await gotoReady(page, `/portfolios/${portfolioId}/positions`);
  const link = page.getByRole("link", { name: "Add to calendar (.ics): ICS Cover" });
  await expect(link).toHaveAttribute("href", `/api/covers/${coverId}/ics`);
  const download = page.waitForEvent("download");
  await link.click();
  expect((await download).suggestedFilename()).toMatch(/\.ics$/);
});

test("the demo account's calendar feed carries its covers' expiries, starts and claim deadlines", async ({ page, request }) => {
  await signIn(page, { email: DEMO_EMAIL, password: process.env.DEMO_PASSWORD ?? "coverdesk-demo-2026" });
  await gotoReady(page, "/settings/notifications");
  const calendar = page.getByRole("region", { name: "Calendar feed" });
  const button = calendar.getByRole("button", { name: /Create calendar feed|Get a new address/ });
  await button.click();
  const feed = await request.get(await calendar.getByLabel("Calendar feed address").inputValue());
  expect(feed.status()).toBe(200);
  const ics = await feed.text();
  const on = (n: number) => `DTSTART;VALUE=DATE:${day(n).replace(/-/g, "")}`;
  // prisma/seed-data/demo-portfolio.ts: the OpenCover cover expiring in 12 days, the Nexus ones in
  // 200 and 375 days (the latter starting in 10), and the Bridge Mutual cover ended 3 days ago
  // whose 7-day claim window closes in 3 days.
  for (const n of [12, 200, 375, 10, 3]) expect(ics, `an event on ${day(n)}`).toContain(on(n));
  expect(ics).toContain("BEGIN:VALARM");
  // The Neptune Mutual cover ended 35 days ago, its claim window long closed: not in the feed.
  expect(ics).not.toContain(on(-35));
});
