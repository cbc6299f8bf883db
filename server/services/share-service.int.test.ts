import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { seedCatalog } from "@/prisma/seed";
import { addDays } from "@/lib/format/calendar";
import { createCallerFactory, createContextInner, createTRPCRouter } from "@/server/api/trpc";
import { shareRouter } from "@/server/api/routers/share";
import { hashShareToken, newShareToken } from "@/server/domain/access/share-token";
import { amountsOf } from "@/server/domain/share/hide-amounts";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { todayUtc } from "@/server/repositories/mappers";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { SharedPortfolio } from "@/components/share/shared-portfolio";
import { portfolioSummary } from "./summary-service";
import { createShareLink, revokeShareLink } from "./share-service";
import { SHARE_VIEW_RULE, sharedPortfolioView, shareViewKey } from "./shared-portfolio-view";

// Until the lead's portfolio.create adds memberships, portfolios and members are made with Prisma here,
// and the callers use a router of share alone.
const router = createTRPCRouter({ share: shareRouter });
const createCaller = createCallerFactory(router);

let tdb: TestDatabase;
let seq = 0;
const today = todayUtc();
let owner: string, editor: string, viewer: string, outsider: string;
let portfolioId: string;
/** Values chosen so that none is a substring of a percentage the hidden view shows. */
const VALUES = ["250000", "137512.34", "612345.67"];

const callerAs = (userId: string) => createCaller(createContextInner({ db: tdb.prisma, getSessionUser: async () => ({ id: userId }) }));
const freshStore = () => new MemoryRateLimitStore(() => Date.now());
const view = (token: string, now?: Date) => sharedPortfolioView(tdb.prisma, token, { store: freshStore(), ip: "203.0.113.7", ...(now && { now }) });
const tokenOf = (url: string) => url.slice(url.lastIndexOf("/s/") + 3);

async function makeUser(name: string): Promise<string> {
  seq += 1;
  const email = `${name}-${seq}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`;
  return (await tdb.prisma.user.create({ data: { email, name, passwordHash: "not-used" }, select: { id: true } })).id;
}

type Failure = { code?: string; message?: string; field?: string; paths: string[] };
async function failureOf(call: Promise<unknown>): Promise<Failure | null> {
  try {
    await call;
    return null;
  } catch (e) {
    const err = e as { code?: string; message?: string; field?: string; cause?: unknown };
    const paths = err.cause instanceof ZodError ? err.cause.issues.map((i) => i.path.join(".")) : [];
    return { code: err.code, message: err.message, field: err.field, paths };
  }
}

const counts = async () => ({
  links: await tdb.prisma.shareLink.count(),
  audit: await tdb.prisma.auditEntry.count({ where: { entity: "share_link" } }),
});

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  [owner, editor, viewer, outsider] = await Promise.all(["owner", "editor", "viewer", "outsider"].map(makeUser)) as [string, string, string, string];
  const portfolio = await tdb.prisma.portfolio.create({
    data: {
      name: "DAO treasury", createdById: owner,
      members: { create: [{ userId: owner, role: "owner" }, { userId: editor, role: "editor" }, { userId: viewer, role: "viewer" }] },
    },
    select: { id: true },
  });
  portfolioId = portfolio.id;
  await tdb.prisma.user.update({ where: { id: owner }, data: { targetRatio: "0.9" } }); // not the default: the link shows its creator's
  const [aave] = await Promise.all([
    tdb.prisma.position.create({ data: { portfolioId, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: VALUES[0]! } }),
    tdb.prisma.position.create({ data: { portfolioId, label: "Lido stETH", asset: "stETH", assetKind: "lst", chain: "ethereum", venueKind: "defi", venue: "lido", valueUsd: VALUES[1]! } }),
    tdb.prisma.position.create({ data: { portfolioId, label: "Exchange float", asset: "USDT", assetKind: "stablecoin", chain: "arbitrum", venueKind: "cex", venue: "binance", valueUsd: VALUES[2]! } }),
  ]);
  await tdb.prisma.cover.create({
    data: {
      portfolioId, productName: "Protocol cover", providerSlug: "nexus-mutual", coverageType: "protocol_exploit", amountUsd: "100000",
      startsAt: new Date(`${addDays(today, -30)}T00:00:00Z`), expiresAt: new Date(`${addDays(today, 200)}T00:00:00Z`),
      positions: { create: [{ positionId: aave.id }] },
    },
  });
});
afterAll(() => tdb.drop());

describe("share.create → /s/<token>", () => {
  it("returns the address once, keeps only the token's hash, audits the creation, and the view's totals are the owner's to the cent", async () => {
    const before = await counts();
    const created = await callerAs(owner).share.create({ portfolioId });
    expect(created).toMatchObject({ expiresAt: null, hideAmounts: false });
    expect(created.url).toMatch(/^https?:\/\/[^/]+\/s\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.url);

    const row = await tdb.prisma.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ portfolioId, tokenHash: hashShareToken(token), createdById: owner, revokedAt: null, expiresAt: null });
    const audit = await tdb.prisma.auditEntry.findMany({ where: { entity: "share_link", entityId: created.id } });
    expect(audit).toEqual([expect.objectContaining({ portfolioId, userId: owner, action: "create", changes: { hideAmounts: [null, false] } })]);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);
    expect(await counts()).toEqual({ links: before.links + 1, audit: before.audit + 1 });

    const result = await view(token);
    if (result.kind !== "ok") throw new Error(`expected a view, got ${result.kind}`);
    const summary = await portfolioSummary(tdb.prisma, owner, { portfolioId });
    expect(result.view.portfolioName).toBe("DAO treasury");
    expect(result.view.asOf).toBe(today);
    expect([result.view.targetRatio, summary.targetRatio]).toEqual([0.9, 0.9]);
    expect(result.view.totals).toEqual({
      exposure: { kind: "usd", usd: summary.totals.valueUsd }, insured: { kind: "usd", usd: summary.totals.insuredUsd },
      uninsured: { kind: "usd", usd: summary.totals.uninsuredUsd }, ratio: summary.totals.ratio,
    });
    expect(summary.totals.valueUsd).toBe("999858.01");
    expect(Number(summary.totals.insuredUsd)).toBeGreaterThan(0);
    expect(result.view.positions.map((p) => [p.label, p.venue, p.chain, p.value, p.insured, p.ratio])).toEqual(summary.positions.map((p) => [
      p.label, p.venueName ?? `${p.venue} (unlisted)`, expect.any(String), { kind: "usd", usd: p.valueUsd }, { kind: "usd", usd: p.insuredUsd }, p.ratio,
    ]));
    expect(result.view.breakdowns.byVenue.map((r) => r.insured)).toEqual(summary.breakdowns.byVenue.map((r) => ({ kind: "usd", usd: r.insuredUsd })));
    expect(renderToStaticMarkup(createElement(SharedPortfolio, { view: result.view }))).toContain("$250,000");
  });

  it("with hideAmounts: every figure is a share of the total exposure, and neither the view nor its HTML holds a dollar amount", async () => {
    const created = await callerAs(owner).share.create({ portfolioId, hideAmounts: true, expiresAt: addDays(today, 30) });
    expect(created.hideAmounts).toBe(true);
    const result = await view(tokenOf(created.url));
    if (result.kind !== "ok") throw new Error(`expected a view, got ${result.kind}`);
    const hidden = result.view;
    expect(hidden.hideAmounts).toBe(true);
    expect(amountsOf(hidden).every((a) => a.kind === "share")).toBe(true);
    expect(hidden.totals.exposure).toEqual({ kind: "share", share: 1 });
    expect(hidden.positions[0]!.value).toEqual({ kind: "share", share: Math.round((250000 / 999858.01) * 1e6) / 1e6 });

    const json = JSON.stringify(hidden);
    const html = renderToStaticMarkup(createElement(SharedPortfolio, { view: hidden }));
    expect(html).toContain("DAO treasury");
    expect(html).toContain("25.0 %"); // Aave USDC: 250,000 of 999,857.01
    expect(html).not.toContain("$");
    expect(json).not.toContain("usd");
    const summary = await portfolioSummary(tdb.prisma, owner, { portfolioId });
    const money = [
      ...VALUES, summary.totals.valueUsd, summary.totals.insuredUsd, summary.totals.uninsuredUsd,
      ...summary.positions.flatMap((p) => [p.valueUsd, p.insuredUsd, p.uninsuredUsd]),
    ].filter((v) => Number(v) >= 1000);
    for (const value of money) {
      const forms = [value, String(Number(value)), Number(value).toLocaleString("en-US"), Math.round(Number(value)).toLocaleString("en-US")];
      for (const form of forms) {
        expect(html, form).not.toContain(form);
        expect(json, form).not.toContain(form);
      }
    }
  });

  it("an unknown or malformed token is not found, and costs no more than a view", async () => {
    expect(await view(newShareToken().token)).toEqual({ kind: "not_found" });
    expect(await view("not-a-token")).toEqual({ kind: "not_found" });
    expect(await view(`${"a".repeat(43)}'; --`)).toEqual({ kind: "not_found" });
  });
});

describe("share.revoke and expiry", () => {
  it("revoke: the link stops working at once, is listed revoked, and the revocation is audited once", async () => {
    const created = await callerAs(owner).share.create({ portfolioId });
    const token = tokenOf(created.url);
    expect((await view(token)).kind).toBe("ok");
    expect(await callerAs(owner).share.revoke({ id: created.id })).toEqual({ id: created.id, status: "revoked" });
    expect(await view(token)).toEqual({ kind: "not_found" });
    const listed = (await callerAs(owner).share.list({ portfolioId })).find((l) => l.id === created.id);
    expect(listed).toMatchObject({ status: "revoked", createdByName: "owner", revokedAt: expect.any(String) });

    await callerAs(owner).share.revoke({ id: created.id }); // again: nothing changes
    const audit = await tdb.prisma.auditEntry.findMany({ where: { entity: "share_link", entityId: created.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["create", "revoke"]);
    expect(audit[1]).toMatchObject({ userId: owner, changes: { revokedAt: [null, expect.any(String)] } });
  });

  it("expired: not found once the expiry has passed, and listed expired", async () => {
    const now = new Date();
    const created = await createShareLink(tdb.prisma, owner, { portfolioId, expiresAt: new Date(now.getTime() + 60_000).toISOString() }, { now });
    const token = tokenOf(created.url);
    expect((await view(token, now)).kind).toBe("ok");
    expect(await view(token, new Date(now.getTime() + 60_000))).toEqual({ kind: "not_found" });
    // And by the database's own clock: an expiry moved into the past.
    await tdb.prisma.shareLink.update({ where: { id: created.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await view(token)).toEqual({ kind: "not_found" });
    expect((await callerAs(owner).share.list({ portfolioId })).find((l) => l.id === created.id)?.status).toBe("expired");
  });

  it("a day as expiry: the link works through the end of that day (UTC)", async () => {
    const created = await callerAs(owner).share.create({ portfolioId, expiresAt: today });
    expect(created.expiresAt).toBe(`${addDays(today, 1)}T00:00:00.000Z`);
  });
});

describe("who manages share links", () => {
  it("editors and viewers get FORBIDDEN saying only owners manage them; an outsider NOT_FOUND; nothing is written", async () => {
    const link = await callerAs(owner).share.create({ portfolioId });
    const before = await counts();
    for (const member of [editor, viewer]) {
      const create = await failureOf(callerAs(member).share.create({ portfolioId }));
      expect(create).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/only its owners manage .*share links/) });
      expect((await failureOf(callerAs(member).share.list({ portfolioId })))?.code).toBe("FORBIDDEN");
      expect((await failureOf(callerAs(member).share.revoke({ id: link.id })))?.code).toBe("FORBIDDEN");
    }
    expect((await failureOf(callerAs(outsider).share.create({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(callerAs(outsider).share.list({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(callerAs(outsider).share.revoke({ id: link.id })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(callerAs(owner).share.revoke({ id: "no-such-link" })))?.code).toBe("NOT_FOUND");
    expect(await counts()).toEqual(before);
    expect((await tdb.prisma.shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).toBeNull();
  });

  it("the service refuses on its own too (the second line behind the router)", async () => {
    expect((await failureOf(createShareLink(tdb.prisma, viewer, { portfolioId })))?.code).toBe("FORBIDDEN");
    expect((await failureOf(createShareLink(tdb.prisma, outsider, { portfolioId })))?.code).toBe("NOT_FOUND");
    const link = await createShareLink(tdb.prisma, owner, { portfolioId });
    expect((await failureOf(revokeShareLink(tdb.prisma, editor, link.id)))?.code).toBe("FORBIDDEN");
  });

  it("share.list never shows a token or its hash", async () => {
    const created = await callerAs(owner).share.create({ portfolioId });
    const row = await tdb.prisma.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    const listed = JSON.stringify(await callerAs(owner).share.list({ portfolioId }));
    expect(listed).not.toContain(tokenOf(created.url));
    expect(listed).not.toContain(row.tokenHash);
  });
});

describe("bad input", () => {
  it("a past, too distant or unreadable expiry is BAD_REQUEST naming expiresAt, and writes nothing", async () => {
    const before = await counts();
    const cases: [string, RegExp][] = [
      [addDays(today, -1), /future/],
      [new Date(Date.now() - 60_000).toISOString(), /future/],
      [addDays(today, 400), /at most 365 days/],
      ["next week", /date/],
    ];
    for (const [expiresAt, message] of cases) {
      const failure = await failureOf(callerAs(owner).share.create({ portfolioId, expiresAt }));
      expect(failure?.code, expiresAt).toBe("BAD_REQUEST");
      expect(failure?.field === "expiresAt" || failure?.paths.includes("expiresAt"), expiresAt).toBe(true);
      expect(failure?.message, expiresAt).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });
});

describe("rate limit of shared pages", () => {
  it(`allows ${SHARE_VIEW_RULE.limit} views a minute per IP, guesses included, then refuses until the window passes`, async () => {
    const created = await callerAs(owner).share.create({ portfolioId });
    const token = tokenOf(created.url);
    let now = 1_000_000;
    const store = new MemoryRateLimitStore(() => now);
    const open = (t: string, ip: string) => sharedPortfolioView(tdb.prisma, t, { store, ip });
    for (let i = 0; i < SHARE_VIEW_RULE.limit - 1; i++) await store.hit(shareViewKey("198.51.100.9"), SHARE_VIEW_RULE.limit, SHARE_VIEW_RULE.windowSec);
    expect((await open(newShareToken().token, "198.51.100.9")).kind).toBe("not_found"); // the 60th: a guess, still counted
    expect(await open(token, "198.51.100.9")).toEqual({ kind: "rate_limited", retryAfterSec: 60 });
    expect((await open(token, "198.51.100.10")).kind).toBe("ok"); // another address
    now += 60_000;
    expect((await open(token, "198.51.100.9")).kind).toBe("ok");
  });
});
