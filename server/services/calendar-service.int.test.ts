import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addDays, todayUtc } from "@/lib/format/calendar";
import { createCallerFactory, createContextInner, createTRPCRouter } from "@/server/api/trpc";
import { calendarProcedures } from "@/server/api/routers/notification-calendar";
import type { PrismaClient } from "@/server/db/generated/client";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { appBaseUrl } from "@/server/notifications/app-url";
import { calendarForToken, coverIcs, isCalendarTokenShape, newCalendarToken } from "./calendar-service";

// The routes read the process-wide client and the HTTP session: both point at this test's database and user.
const routeEnv = vi.hoisted(() => ({ db: null as unknown, user: null as { id: string } | null, failSession: false }));
vi.mock("@/server/db/client", async (original) => ({ ...(await original<object>()), getPrisma: () => routeEnv.db }));
vi.mock("@/server/api/http-context", () => ({
  createHttpContext: () => ({
    db: routeEnv.db,
    getSessionUser: async () => {
      if (routeEnv.failSession) throw Object.assign(new Error("Connection terminated unexpectedly"), { code: "ECONNRESET" });
      return routeEnv.user;
    },
  }),
}));
const { GET: feedRoute } = await import("@/app/api/calendar/[token]/route");
const { GET: coverRoute } = await import("@/app/api/covers/[id]/ics/route");

const router = createTRPCRouter({ notification: createTRPCRouter(calendarProcedures) });
const callerFactory = createCallerFactory(router);

let tdb: TestDatabase;
let db: PrismaClient;
const today = todayUtc();
const ids: Record<string, string> = {};

const callerAs = (userId: string | null) => callerFactory(createContextInner({ db, getSessionUser: async () => (userId ? { id: userId } : null) }));
const tokenOf = (url: string | null) => {
  const match = /\/api\/calendar\/([A-Za-z0-9_-]+)\.ics$/.exec(url ?? "");
  if (!match) throw new Error(`not a feed URL: ${url}`);
  return match[1]!;
};
const ymd = (day: string) => day.replaceAll("-", "");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

async function user(name: string): Promise<string> {
  const u = await db.user.create({ data: { email: `${name}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`, name, passwordHash: "not-used" } });
  return u.id;
}

type CoverSeed = { portfolioId: string; productId?: string; productName?: string; providerSlug?: string; startsAt: string; expiresAt: string; claimWindowDays?: number; status?: "held" | "draft"; positionIds?: string[] };
async function cover(seed: CoverSeed): Promise<string> {
  const c = await db.cover.create({
    data: {
      portfolioId: seed.portfolioId, productId: seed.productId ?? null, productName: seed.productName ?? null, providerSlug: seed.providerSlug ?? null,
      coverageType: "protocol_exploit", amountUsd: "250000", startsAt: new Date(`${seed.startsAt}T00:00:00Z`), expiresAt: new Date(`${seed.expiresAt}T00:00:00Z`),
      claimWindowDays: seed.claimWindowDays ?? null, status: seed.status ?? "held",
      positions: { create: (seed.positionIds ?? []).map((positionId) => ({ positionId })) },
    },
  });
  return c.id;
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  db = tdb.prisma;
  routeEnv.db = db;
  ids.alice = await user("alice");
  ids.bob = await user("bob");
  const provider = await db.provider.create({ data: { slug: "nexus-mutual-cal", name: "Nexus Mutual", facts: {} } });
  const product = await db.coverProduct.create({ data: { providerId: provider.id, slug: "protocol-cover", name: "Protocol Cover", coverageType: "protocol_exploit", claimWindowDays: 35 } });
  const treasury = await db.portfolio.create({ data: { createdById: ids.alice, members: { create: { userId: ids.alice, role: "owner" } }, name: "Treasury" } });
  const ops = await db.portfolio.create({ data: { createdById: ids.alice, members: { create: { userId: ids.alice, role: "owner" } }, name: "Ops" } });
  ids.treasury = treasury.id;
  const aave = await db.position.create({ data: { portfolioId: treasury.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "300000" } });
  // Live, product's claim window (35 days).
  ids.live = await cover({ portfolioId: treasury.id, productId: product.id, startsAt: addDays(today, -10), expiresAt: addDays(today, 100), positionIds: [aave.id] });
  // Starts later, in the other portfolio, its own window.
  ids.later = await cover({ portfolioId: ops.id, productName: "Custody policy; vault, cold", startsAt: addDays(today, 5), expiresAt: addDays(today, 200), claimWindowDays: 14 });
  // Expired 10 days ago, no window known: still shown (recently expired).
  ids.recent = await cover({ portfolioId: ops.id, productName: "Recent", startsAt: addDays(today, -100), expiresAt: addDays(today, -10) });
  // Expired 50 days ago, claimable for 90: shown while the window is open.
  ids.claimable = await cover({ portfolioId: ops.id, productName: "Claimable", startsAt: addDays(today, -400), expiresAt: addDays(today, -50), claimWindowDays: 90 });
  // Expired 60 days ago, window closed after 10: gone.
  ids.gone = await cover({ portfolioId: ops.id, productName: "Gone", startsAt: addDays(today, -400), expiresAt: addDays(today, -60), claimWindowDays: 10 });
  // A draft is not held.
  ids.draft = await cover({ portfolioId: ops.id, productName: "Draft", startsAt: addDays(today, 1), expiresAt: addDays(today, 300), status: "draft" });
  const bobs = await db.portfolio.create({ data: { createdById: ids.bob, members: { create: { userId: ids.bob, role: "owner" } }, name: "Bob's" } });
  ids.bobCover = await cover({ portfolioId: bobs.id, productName: "Bob cover", startsAt: addDays(today, -1), expiresAt: addDays(today, 50), claimWindowDays: 30 });
});
afterAll(() => tdb.drop());

describe("notification.calendarUrl / rotateCalendarToken / disableCalendar", () => {
  it("makes the token once, storing only its SHA-256, on a user with no preference row yet", async () => {
    const carol = await user("carol");
    expect(await db.notificationPreference.findUnique({ where: { userId: carol } })).toBeNull();
    const first = await callerAs(carol).notification.calendarUrl();
    expect(first).toMatchObject({ active: true, created: true });
    expect(first.url).toMatch(/^https?:\/\/[^/]+(\/.*)?\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = tokenOf(first.url);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.notificationPreference.findUniqueOrThrow({ where: { userId: carol } });
    expect(row).toMatchObject({ calendarTokenHash: createHash("sha256").update(token).digest("hex"), emailEnabled: true, digestHour: 8, timeZone: "UTC" });
    expect(JSON.stringify(row)).not.toContain(token);

    // Shown once: the next call cannot show it again and leaves it working.
    expect(await callerAs(carol).notification.calendarUrl()).toEqual({ url: null, active: true, created: false });
    expect(await calendarForToken(db, token)).not.toBeNull();
  });

  it("keeps the user's other preferences when it adds a token to an existing row", async () => {
    const dave = await user("dave");
    await db.notificationPreference.create({ data: { userId: dave, emailEnabled: false, digestHour: 17 } });
    expect(await callerAs(dave).notification.calendarUrl()).toMatchObject({ created: true });
    expect(await db.notificationPreference.findUniqueOrThrow({ where: { userId: dave } })).toMatchObject({ emailEnabled: false, digestHour: 17 });
  });

  it("makes exactly one token when calls race", async () => {
    const erin = await user("erin");
    const results = await Promise.all(Array.from({ length: 6 }, () => callerAs(erin).notification.calendarUrl()));
    const made = results.filter((r) => r.created);
    expect(made).toHaveLength(1);
    expect(await calendarForToken(db, tokenOf(made[0]!.url))).not.toBeNull();
  });

  it("rotate: the old address stops at once and the new one works; disable clears it", async () => {
    const alice = callerAs(ids.alice!);
    const old = tokenOf((await alice.notification.calendarUrl()).url);
    expect(await calendarForToken(db, old)).not.toBeNull();
    const rotated = await alice.notification.rotateCalendarToken();
    expect(rotated).toMatchObject({ active: true, created: true });
    const fresh = tokenOf(rotated.url);
    expect(fresh).not.toBe(old);
    expect(await calendarForToken(db, old)).toBeNull();
    expect(await calendarForToken(db, fresh)).not.toBeNull();

    expect(await alice.notification.disableCalendar()).toEqual({ url: null, active: false, created: false });
    expect(await calendarForToken(db, fresh)).toBeNull();
    expect((await db.notificationPreference.findUniqueOrThrow({ where: { userId: ids.alice! } })).calendarTokenHash).toBeNull();
    // After disabling, asking again makes a new one.
    const again = await alice.notification.calendarUrl();
    expect(again.created).toBe(true);
    expect(await calendarForToken(db, tokenOf(again.url))).not.toBeNull();
  });

  it("rotate works for a user without a preference row; disable is harmless without one", async () => {
    const frank = await user("frank");
    expect(await callerAs(frank).notification.disableCalendar()).toEqual({ url: null, active: false, created: false });
    const rotated = await callerAs(frank).notification.rotateCalendarToken();
    expect(await calendarForToken(db, tokenOf(rotated.url))).not.toBeNull();
  });

  it("refuses anonymous calls", async () => {
    for (const call of [() => callerAs(null).notification.calendarUrl(), () => callerAs(null).notification.rotateCalendarToken(), () => callerAs(null).notification.disableCalendar()]) {
      await expect(call()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    }
  });
});

describe("calendarForToken", () => {
  let feed: string;
  beforeAll(async () => {
    const token = tokenOf((await callerAs(ids.alice!).notification.rotateCalendarToken()).url);
    feed = unfold((await calendarForToken(db, token))!);
  });

  it("lists the held covers of all the user's portfolios: expiries and last days to claim", () => {
    expect(feed).toContain("X-WR-CALNAME:CoverDesk covers");
    expect(feed).toContain(`UID:cover-${ids.live}-expiry@coverdesk`);
    expect(feed).toContain(`DTSTART;VALUE=DATE:${ymd(addDays(today, 100))}`);
    // The product's 35-day window: the last day to claim is expiry + 34.
    expect(feed).toContain(`UID:cover-${ids.live}-claim-window-end@coverdesk`);
    expect(feed).toContain(`DTSTART;VALUE=DATE:${ymd(addDays(today, 134))}`);
    expect(feed).toContain("SUMMARY:Nexus Mutual Protocol Cover expires — Aave USDC (portfolio Treasury)");
    expect(feed).not.toContain(`UID:cover-${ids.live}-start@coverdesk`);
    // The other portfolio: a start ahead, its own 14-day window, escaped name.
    for (const kind of ["start", "expiry", "claim-window-end"]) expect(feed).toContain(`UID:cover-${ids.later}-${kind}@coverdesk`);
    expect(feed).toContain("SUMMARY:Custody policy\\; vault\\, cold starts (portfolio Ops)");
    expect(feed).toContain(`DTSTART;VALUE=DATE:${ymd(addDays(today, 213))}`);
    expect(feed).toContain(`UID:cover-${ids.recent}-expiry@coverdesk`);
    expect(feed).not.toContain(`UID:cover-${ids.recent}-claim-window-end@coverdesk`);
    expect(feed).toContain(`UID:cover-${ids.claimable}-claim-window-end@coverdesk`);
    expect(feed).toContain(`/portfolios/${ids.treasury}`);
    expect((feed.match(/BEGIN:VALARM/g) ?? []).length).toBe(2 * (feed.match(/BEGIN:VEVENT/g) ?? []).length);
  });

  it("leaves out drafts, covers long over, and other users' covers", () => {
    for (const id of [ids.gone, ids.draft, ids.bobCover]) expect(feed).not.toContain(`cover-${id}-`);
    expect(feed).not.toContain("Bob");
  });

  it("is null for a random token, a malformed one, and the empty string", async () => {
    for (const token of [newCalendarToken(), "not a token", "", "x".repeat(5000), "../../etc/passwd"]) {
      expect(await calendarForToken(db, token)).toBeNull();
    }
  });

  it("looks every token up the same way: one hash lookup by the unique index, whatever the token", async () => {
    const live = tokenOf((await callerAs(ids.bob!).notification.calendarUrl()).url);
    const missing = await tdb.countQueries(() => calendarForToken(db, newCalendarToken()));
    const malformed = await tdb.countQueries(() => calendarForToken(db, "short"));
    const found = await tdb.countQueries(() => calendarForToken(db, live));
    expect(missing.result).toBeNull();
    expect(malformed.result).toBeNull();
    expect(isCalendarTokenShape("short")).toBe(false);
    // A miss, malformed or not, is the one lookup; a hit runs the same lookup first, then reads the covers.
    expect(missing.count).toBe(1);
    expect(malformed.count).toBe(1);
    expect(missing.queries[0]).toMatch(/"calendarTokenHash" = \$1/);
    expect(malformed.queries[0]).toBe(missing.queries[0]);
    expect(found.queries[0]).toBe(missing.queries[0]);
    expect(found.count).toBe(2);
  });
});

describe("GET /api/calendar/<token>.ics", () => {
  const call = (segment: string) => feedRoute(new Request(`http://localhost/api/calendar/${segment}`), { params: Promise.resolve({ token: segment }) });

  it("serves the feed as text/calendar, privately cached for 5 minutes", async () => {
    const token = tokenOf((await callerAs(ids.alice!).notification.rotateCalendarToken()).url);
    const res = await call(`${token}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("private, max-age=300");
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(unfold(body)).toContain(`UID:cover-${ids.live}-expiry@coverdesk`);
  });

  it("answers an unknown token with a plain 404", async () => {
    const res = await call(`${newCalendarToken()}.ics`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });
});

describe("GET /api/covers/<coverId>/ics", () => {
  const call = (coverId: string) => coverRoute(new Request(`http://localhost/api/covers/${coverId}/ics`), { params: Promise.resolve({ id: coverId }) });

  it("gives the owner an attachment with the cover's events", async () => {
    routeEnv.user = { id: ids.alice! };
    const res = await call(ids.later!);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="coverdesk-custody-policy-vault-cold-${addDays(today, 200)}.ics"`);
    const body = unfold(await res.text());
    for (const kind of ["start", "expiry", "claim-window-end"]) expect(body).toContain(`UID:cover-${ids.later}-${kind}@coverdesk`);
    expect(body).not.toContain(`cover-${ids.live}-`);
  });

  it("is a 404 for another user's cover, for anonymous callers, and for a cover that does not exist", async () => {
    routeEnv.user = { id: ids.bob! };
    expect((await call(ids.live!)).status).toBe(404);
    routeEnv.user = null;
    expect((await call(ids.live!)).status).toBe(404);
    routeEnv.user = { id: ids.alice! };
    expect((await call("no-such-cover")).status).toBe(404);
    expect((await call("a\u0000b")).status).toBe(404);
    expect(await coverIcs(db, ids.bob!, ids.live!)).toBeNull();
  });

  it("is a 503 when the session cannot be checked", async () => {
    routeEnv.failSession = true;
    try {
      expect((await call(ids.live!)).status).toBe(503);
    } finally {
      routeEnv.failSession = false;
    }
  });
});

describe("appBaseUrl", () => {
  it("is APP_URL, else AUTH_URL, else the dev server, without a trailing slash", () => {
    expect(appBaseUrl({ APP_URL: "https://cover.example/", AUTH_URL: "https://auth.example" })).toBe("https://cover.example");
    expect(appBaseUrl({ AUTH_URL: "https://auth.example/desk//" })).toBe("https://auth.example/desk");
    expect(appBaseUrl({ APP_URL: "not a url", AUTH_URL: "javascript:alert(1)" })).toBe("http://localhost:3000");
    expect(appBaseUrl({})).toBe("http://localhost:3000");
  });

  it("is where the feed address and the feed's links point", async () => {
    vi.stubEnv("APP_URL", "https://cover.example/");
    try {
      const { url } = await callerAs(ids.alice!).notification.rotateCalendarToken();
      expect(url).toMatch(/^https:\/\/cover\.example\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect(unfold((await calendarForToken(db, tokenOf(url)))!)).toContain(`URL;VALUE=URI:https://cover.example/portfolios/${ids.treasury}`);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
