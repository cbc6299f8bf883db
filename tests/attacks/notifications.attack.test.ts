// Issue 15 attacked over HTTP, against the production build (NODE_ENV=production, WEBHOOK_ALLOW_PRIVATE
// unset): webhook SSRF at save time, the secret calendar feed, the per-cover ICS file, unsubscribe
// links, and hostile or flooding calls of notification.*.
import { beforeAll, describe, expect, it } from "vitest";
import { type RawResponse, newSignedInUser, send, signOutOver, trpcError } from "./http-client";

type User = { cookie: string; from: string };
let alice: User;
let bob: User;
let aliceCoverId = "";
const ALICE_COVER = `AliceSecretCover${Math.random().toString(36).slice(2, 8)}`;

const mutation = (u: User, path: string, input?: unknown) => send({
  method: "POST", path: `/api/trpc/${path}`, from: u.from,
  headers: { "content-type": "application/json", cookie: u.cookie },
  body: JSON.stringify(input ?? {}),
});
const rawMutation = (u: User, path: string, body: string) => send({
  method: "POST", path: `/api/trpc/${path}`, from: u.from, headers: { "content-type": "application/json", cookie: u.cookie }, body,
});
const query = (u: User, path: string, input?: unknown) => send({
  path: `/api/trpc/${path}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, from: u.from, headers: { cookie: u.cookie },
});
const data = <T>(res: RawResponse): T => {
  if (res.status !== 200) throw new Error(`expected 200, got ${res.status}: ${res.body.slice(0, 300)}`);
  return (JSON.parse(res.body) as { result: { data: T } }).result.data;
};

type Prefs = { emailEnabled: boolean; digestHour: number; timeZone: string; gapThresholdUsd: string; calendarActive: boolean };

beforeAll(async () => {
  alice = { ...(await newSignedInUser("127.0.0.61", "notif-alice")), from: "127.0.0.61" };
  bob = { ...(await newSignedInUser("127.0.0.62", "notif-bob")), from: "127.0.0.62" };
  const portfolio = data<{ id: string }>(await mutation(alice, "portfolio.create", { name: "Alice treasury" }));
  const position = data<{ id: string }>(await mutation(alice, "position.create", {
    portfolioId: portfolio.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000",
  }));
  const cover = data<{ id: string }>(await mutation(alice, "cover.create", {
    portfolioId: portfolio.id, productName: ALICE_COVER, coverageType: "protocol_exploit", amountUsd: "500",
    startsAt: "2026-01-01", expiresAt: "2099-01-01", positionIds: [position.id],
  }));
  aliceCoverId = cover.id;
}, 60_000);

describe("webhooks: SSRF at save time (production policy over HTTP)", () => {
  it.each([
    "https://2130706433/", "https://0x7f.1/", "https://0177.0.0.1/", "https://127.1/", "https://127.0.0.1./",
    "https://localhost/", "https://[::]/", "https://[::1]/", "https://[::ffff:127.0.0.1]/", "https://[0:0:0:0:0:ffff:7f00:1]/",
    "https://[::ffff:a9fe:a9fe]/", "https://[fd00::1]/", "https://[fe80::1%25lo]/", "https://[fe80::1]/",
    "https://evil@127.0.0.1/", "https://0.0.0.0/", "https://169.254.169.254/latest/meta-data/", "https://2852039166/",
    "http://example.com/hook", "ftp://example.com/", "javascript:alert(1)", "file:///etc/passwd", "gopher://127.0.0.1:6379/_",
    "https://127.0.0.1/\r\nX-Injected: 1", `https://example.com/${"a".repeat(2100)}`,
  ])("%s is refused with 400, and nothing is saved", async (url) => {
    const res = await mutation(alice, "webhook.create", { url, events: ["alert.cover_expiring"] });
    expect(res.status).toBe(400);
    expect(trpcError(res).code).toBe("BAD_REQUEST");
    expect(data<unknown[]>(await query(alice, "webhook.list"))).toEqual([]);
  });

  it("a well-formed public IP literal is accepted; list never carries the secret; bob cannot reach it", async () => {
    const created = data<{ id: string; secret: string }>(await mutation(alice, "webhook.create", { url: "https://[2606:4700:4700::1111]/hook", events: ["alert.incident"] }));
    expect(created.secret).toMatch(/^whsec_/);
    const listed = await query(alice, "webhook.list");
    expect(listed.body).toContain(created.id);
    expect(listed.body).not.toContain(created.secret);
    expect(listed.body).not.toMatch(/"secret"/);

    for (const res of [
      await query(bob, "webhook.deliveries", { webhookId: created.id }),
      await mutation(bob, "webhook.test", { id: created.id }),
      await mutation(bob, "webhook.delete", { id: created.id }),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body).not.toContain("2606:4700");
    }
    expect(data<unknown[]>(await query(bob, "webhook.list"))).toEqual([]);
    expect(data<{ items: unknown[] }>(await query(alice, "webhook.deliveries", { webhookId: created.id })).items).toEqual([]);
    data(await mutation(alice, "webhook.delete", { id: created.id }));
  });

  it("anonymous calls are 401", async () => {
    const anon = { cookie: "", from: "127.0.0.63" };
    expect((await mutation(anon, "webhook.create", { url: "https://[2606:4700:4700::1111]/", events: ["alert.incident"] })).status).toBe(401);
    expect((await query(anon, "webhook.list")).status).toBe(401);
  });
});

describe("calendar feed /api/calendar/<token>.ics", () => {
  let token = "";
  const feed = (t: string, from = "127.0.0.64") => send({ path: `/api/calendar/${t}`, from });
  const shape = (res: RawResponse) => ({ status: res.status, body: res.body, type: res.headers["content-type"], cache: res.headers["cache-control"] });

  beforeAll(async () => {
    const state = data<{ url: string }>(await mutation(alice, "notification.calendarUrl"));
    token = /\/api\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(state.url)![1]!;
  });

  it("the live token serves alice's covers, privately cached, not indexed", async () => {
    const res = await feed(`${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/calendar/);
    expect(res.headers["cache-control"]).toMatch(/^private/);
    expect(res.headers["x-robots-tag"]).toBe("noindex");
    expect(res.body).toContain(ALICE_COVER);
  });

  it("bob's feed has none of alice's covers, and a second calendarUrl does not reveal her address again", async () => {
    const bobState = data<{ url: string }>(await mutation(bob, "notification.calendarUrl"));
    const res = await send({ path: new URL(bobState.url).pathname, from: bob.from });
    expect(res.status).toBe(200);
    expect(res.body).not.toContain(ALICE_COVER);
    expect(res.body).not.toContain(aliceCoverId);
    expect(data<{ url: string | null }>(await mutation(alice, "notification.calendarUrl"))).toMatchObject({ url: null, created: false });
  });

  it("malformed tokens answer exactly what a well-formed unknown token does: 404, no-store", async () => {
    const unknown = shape(await feed(`${"A".repeat(43)}.ics`));
    expect(unknown).toMatchObject({ status: 404, cache: "no-store" });
    const near = token.slice(0, 42) + (token[42] === "A" ? "B" : "A");
    for (const t of [
      `${near}.ics`, near, `${token.toLowerCase() === token ? token.toUpperCase() : token.toLowerCase()}.ics`,
      `${token}%00.ics`, `${token}.ics%00`, `${token}%20.ics`, `%2e%2e%2f${token}.ics`, `${token}%2f..%2f.ics`,
      `${token}x.ics`, `${token}.ICS`, `${encodeURIComponent("é".repeat(43))}.ics`, `${encodeURIComponent("ＡＢＣ")}.ics`, `${"A".repeat(4000)}.ics`,
      `${token.slice(0, 20)}.ics`, `.ics`, `${encodeURIComponent("'; DROP TABLE \"User\"; --")}.ics`,
    ]) {
      expect.soft(shape(await feed(t)), t.slice(0, 80)).toEqual(unknown);
    }
  });

  it("path traversal out of the feed never serves the feed or anything else with the token", async () => {
    for (const t of ["..%2f..%2fapi%2fhealth", "%2e%2e", `..%2f${token}.ics`, `${token}.ics%2f..%2f..`]) {
      const res = await feed(t);
      expect.soft(res.status, t).not.toBe(200);
      expect(res.body).not.toContain("BEGIN:VCALENDAR");
    }
  });

  it("a malformed percent-escape in the token leaks no internals, and the server keeps answering", async () => {
    for (const t of ["%ff%fe.ics", "%E0%A4%A.ics", "%.ics"]) {
      const res = await feed(t);
      expect(res.status, t).not.toBe(200);
      expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.next\/|URIError|URI malformed/);
    }
    expect((await feed(`${token}.ics`)).status).toBe(200);
  });

  // Next's router throws on a malformed percent-escape before any handler runs (a 500);
  // server/http/serve.ts answers such paths 400 first, on every route.
  it("a malformed percent-escape in the token (%ff, %E0%A4%A, %) is a 400, not a 500", async () => {
    for (const t of ["%ff%fe.ics", "%E0%A4%A.ics", "%.ics"]) expect((await feed(t)).status, t).toBe(400);
    expect((await send({ path: "/api/trpc/%ff", from: "127.0.0.64" })).status).toBe(400);
    expect((await send({ path: "/unsubscribe/%ff%fe", from: "127.0.0.64" })).status).toBe(400);
  });

  it("rotate kills the old address at once; disable kills the new one", async () => {
    const rotated = data<{ url: string }>(await mutation(alice, "notification.rotateCalendarToken"));
    expect((await feed(`${token}.ics`)).status).toBe(404);
    const fresh = new URL(rotated.url).pathname;
    expect((await send({ path: fresh, from: "127.0.0.64" })).status).toBe(200);
    data(await mutation(alice, "notification.disableCalendar"));
    expect((await send({ path: fresh, from: "127.0.0.64" })).status).toBe(404);
  });
});

describe("per-cover ICS /api/covers/<id>/ics", () => {
  const ics = (id: string, cookie = "", from = "127.0.0.65") => send({ path: `/api/covers/${id}/ics`, from, headers: cookie ? { cookie } : {} });

  it("the owner gets an attachment that is never cached", async () => {
    const res = await ics(aliceCoverId, alice.cookie);
    expect(res.status).toBe(200);
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="coverdesk-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.ics"$/);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.body).toContain(ALICE_COVER);
  });

  it("another user, anonymous, and an unknown id all get the same 404 with nothing of the cover", async () => {
    const missing = await ics("c0000000000000000000000000", alice.cookie);
    expect(missing.status).toBe(404);
    for (const res of [await ics(aliceCoverId, bob.cookie), await ics(aliceCoverId), await ics(`${aliceCoverId}%00`, alice.cookie), await ics("..%2f..%2fapi%2fhealth", alice.cookie)]) {
      expect(res.status).toBe(404);
      expect(res.body).toBe(missing.body);
      expect(res.body).not.toContain(ALICE_COVER);
    }
  });

  it("a session cookie replayed after sign-out gets a 404, not the file", async () => {
    const carol = { ...(await newSignedInUser("127.0.0.66", "notif-carol")), from: "127.0.0.66" };
    const p = data<{ id: string }>(await mutation(carol, "portfolio.create", { name: "Carol" }));
    const cover = data<{ id: string }>(await mutation(carol, "cover.create", {
      portfolioId: p.id, productName: "CarolCover", coverageType: "protocol_exploit", amountUsd: "10", startsAt: "2026-01-01", expiresAt: "2099-01-01", positionIds: [],
    }));
    expect((await ics(cover.id, carol.cookie, carol.from)).status).toBe(200);

    expect((await signOutOver(carol.from, carol.cookie)).status).toBeLessThan(400);

    const replay = await ics(cover.id, carol.cookie, carol.from);
    expect(replay.status).toBe(404);
    expect(replay.body).not.toContain("CarolCover");
    expect((await query(carol, "notification.preferences")).status).toBe(401);
  });
});

describe("unsubscribe links", () => {
  let aliceToken = "";
  let bobToken = "";
  const tokenFromOutbox = async (u: User) => {
    const outbox = data<{ items: { text: string }[] }>(await query(u, "notification.outbox", {}));
    return /\/unsubscribe\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(outbox.items[0]!.text)![1]!;
  };
  const prefs = (u: User) => query(u, "notification.preferences").then((r) => data<Prefs>(r));
  const post = (t: string, extra: { body?: string | Buffer; headers?: Record<string, string> } = {}) => send({
    method: "POST", path: `/unsubscribe/${t}`, from: "127.0.0.67", headers: { "content-type": "application/x-www-form-urlencoded", ...extra.headers }, body: extra.body ?? "List-Unsubscribe=One-Click",
  });

  beforeAll(async () => {
    data(await mutation(alice, "notification.sendTestEmail"));
    data(await mutation(bob, "notification.sendTestEmail"));
    aliceToken = await tokenFromOutbox(alice);
    bobToken = await tokenFromOutbox(bob);
  });

  it("GET (a mail scanner) only asks: nothing changes, the address is masked, the page is not cached", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await send({ path: `/unsubscribe/${aliceToken}`, from: "127.0.0.67" });
      expect(res.status).toBe(200);
      expect(res.body).toContain('<form method="post"');
      expect(res.body).not.toContain("notif-alice-");
      expect(res.headers["cache-control"]).toBe("no-store");
      // The token in the address never leaves in a Referer, and the page is never indexed.
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
      expect(res.headers["x-robots-tag"]).toBe("noindex, nofollow");
      expect(res.body).not.toMatch(/<(img|script|link|iframe)\b/i);
    }
    expect((await prefs(alice)).emailEnabled).toBe(true);
  });

  it("forged, spliced, non-canonical and hostile tokens are a 400 on GET and POST, and unsubscribe no one", async () => {
    const [aId, aMac] = aliceToken.split(".") as [string, string];
    const [bId, bMac] = bobToken.split(".") as [string, string];
    const flip = (s: string) => s.slice(0, -2) + (s.at(-2) === "A" ? "B" : "A") + s.at(-1);
    const forged = [
      `${bId}.${aMac}`, `${aId}.${bMac}`, `${aId}.${flip(aMac)}`, `${aId}.${aMac}A`, `${aId}.${aMac}=`, `${aId}==.${aMac}`,
      `${aId}.${aMac}.x`, `${aId}`, `.${aMac}`, `${aId}.`, `${aId}%00.${aMac}`, `${aId}.${aMac}%00`, `${Buffer.from("admin").toString("base64url")}.${aMac}`,
      `${aId}.${"A".repeat(600)}`, `..%2f..%2fapi%2fhealth`, `${encodeURIComponent("é")}.${aMac}`, `${aId}.${aMac.slice(0, -1)}`,
    ];
    for (const t of forged) {
      const get = await send({ path: `/unsubscribe/${t}`, from: "127.0.0.67" });
      expect.soft(get.status, `GET ${t.slice(0, 60)}`).toBe(400);
      const res = await post(t);
      expect.soft(res.status, `POST ${t.slice(0, 60)}`).toBe(400);
      expect(res.body).not.toContain("You are unsubscribed");
    }
    expect((await prefs(alice)).emailEnabled).toBe(true);
    expect((await prefs(bob)).emailEnabled).toBe(true);
  });

  it("a huge or streamed POST body with a forged token is refused, not a 500, and the server keeps answering", async () => {
    const huge = await post(`${aliceToken.split(".")[0]}.${"B".repeat(43)}`, { body: Buffer.alloc(2 * 1024 * 1024, 0x61) });
    expect([0, 400, 413]).toContain(huge.status);
    expect((await send({ path: `/unsubscribe/${aliceToken}`, from: "127.0.0.67" })).status).toBe(200);
    expect((await prefs(alice)).emailEnabled).toBe(true);
  });

  it("the one-click POST with alice's real token turns off alice's e-mails only", async () => {
    const res = await post(aliceToken, { headers: { origin: "https://mail.example" } });
    expect(res.status).toBe(200);
    expect(res.body).toContain("You are unsubscribed");
    expect((await prefs(alice)).emailEnabled).toBe(false);
    expect((await prefs(bob)).emailEnabled).toBe(true);
  });
});

describe("notification.* hostile inputs and floods", () => {
  it.each([
    ['{"digestHour":24}'], ['{"digestHour":-1}'], ['{"digestHour":1e309}'], ['{"digestHour":-1e309}'], ['{"digestHour":1.5}'], ['{"digestHour":"8"}'], ['{"digestHour":null}'],
    ['{"timeZone":"../../../../etc/passwd"}'], ['{"timeZone":"UTC\\u0000"}'], ['{"timeZone":"Europe/Zurich\\n"}'], [`{"timeZone":"${"A".repeat(100_000)}"}`],
    ['{"timeZone":"<script>alert(1)</script>"}'], ['{"timeZone":"Mars/Olympus"}'], ['{"timeZone":{"toString":"x"}}'], ['{"timeZone":"posixrules"}'],
    ['{"gapThresholdUsd":"1e5"}'], ['{"gapThresholdUsd":"-1"}'], ['{"gapThresholdUsd":"NaN"}'], ['{"gapThresholdUsd":"Infinity"}'], ['{"gapThresholdUsd":"0x10"}'],
    ['{"gapThresholdUsd":"99999999999999999999"}'], ['{"gapThresholdUsd":1000}'], ['{"emailEnabled":"false"}'], ['{"__proto__":{"emailEnabled":false},"digestHour":99}'],
  ])("updatePreferences %s: 400, nothing changed", async (body) => {
    const before = await query(bob, "notification.preferences").then((r) => data<Prefs>(r));
    const res = await rawMutation(bob, "notification.updatePreferences", body);
    expect(res.status).toBe(400);
    expect(res.body).not.toContain("<script>");
    expect(await query(bob, "notification.preferences").then((r) => data<Prefs>(r))).toEqual(before);
  });

  it("sendTestEmail: a flood gets 429 with Retry-After after the hourly allowance, and writes no more e-mails", async () => {
    const dave = { ...(await newSignedInUser("127.0.0.68", "notif-dave")), from: "127.0.0.68" };
    const codes: number[] = [];
    for (let i = 0; i < 8; i++) codes.push((await mutation(dave, "notification.sendTestEmail")).status);
    expect(codes.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(codes.slice(5)).toEqual([429, 429, 429]);
    const refused = await mutation(dave, "notification.sendTestEmail");
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(data<{ items: unknown[] }>(await query(dave, "notification.outbox", {})).items).toHaveLength(5);
  });

  it("checkNow: concurrent calls never 500; at most one runs at a time", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => mutation(alice, "notification.checkNow")));
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(statuses).toContain(200);
  });
});
