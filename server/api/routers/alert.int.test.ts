import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { todayUtc } from "@/server/repositories/mappers";

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let portfolioId: string;
let otherPortfolioId: string;
let positionId: string;
let otherPositionId: string;

const coinbase = { label: "USDC on Coinbase", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "cex", venue: "coinbase", valueUsd: "50000" } as const;

function dayFromToday(n: number): string {
  const d = new Date(`${todayUtc()}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
  portfolioId = (await alice.portfolio.create({ name: "Main" })).id;
  otherPortfolioId = (await alice.portfolio.create({ name: "Other" })).id;
  positionId = (await alice.position.create({ portfolioId, ...coinbase })).id;
  otherPositionId = (await alice.position.create({ portfolioId: otherPortfolioId, ...coinbase })).id;
});
afterAll(() => tdb.drop());

describe("alert acknowledgements", () => {
  it("acknowledges a position's alert until a date and lists it for that portfolio only", async () => {
    const key = `${portfolioId}:${positionId}:uninsured`;
    const until = dayFromToday(7);
    expect(await alice.alert.acknowledge({ key, until })).toEqual({ key, until });
    expect(await alice.alert.list({ portfolioId })).toEqual([{ key, until }]);
    expect(await alice.alert.list({ portfolioId: otherPortfolioId })).toEqual([]);
  });

  it("acknowledging again moves the date instead of adding a row", async () => {
    const key = `${portfolioId}:${positionId}:expired`;
    await alice.alert.acknowledge({ key, until: dayFromToday(3) });
    await alice.alert.acknowledge({ key, until: dayFromToday(30) });
    const acks = (await alice.alert.list({ portfolioId })).filter((a) => a.key === key);
    expect(acks).toEqual([{ key, until: dayFromToday(30) }]);
  });

  it("accepts today, and the acknowledgement is listed while today is not past it", async () => {
    const key = `${portfolioId}:${positionId}:over_insured`;
    await alice.alert.acknowledge({ key, until: todayUtc() });
    expect((await alice.alert.list({ portfolioId })).map((a) => a.key)).toContain(key);
  });

  it("no longer lists an acknowledgement whose date has passed", async () => {
    const key = `${portfolioId}:${positionId}:scope_mismatch`;
    const user = (await tdb.prisma.portfolio.findUniqueOrThrow({ where: { id: portfolioId } })).userId;
    await tdb.prisma.alertAck.create({ data: { userId: user, portfolioId, positionId, alertKey: key, until: new Date(`${dayFromToday(-1)}T00:00:00.000Z`) } });
    expect((await alice.alert.list({ portfolioId })).map((a) => a.key)).not.toContain(key);
  });

  it("acknowledges the portfolio's provider concentration alert", async () => {
    const key = `${portfolioId}:portfolio:provider_concentration:nexus-mutual`;
    expect(await alice.alert.acknowledge({ key, until: dayFromToday(1) })).toEqual({ key, until: dayFromToday(1) });
  });

  it("deleting the position, then the portfolio, deletes their acknowledgements", async () => {
    const portfolio = await alice.portfolio.create({ name: "Short-lived" });
    const position = await alice.position.create({
      portfolioId: portfolio.id, label: "Gone soon", asset: "USDC", assetKind: "stablecoin",
      chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "5000",
    });
    await alice.alert.acknowledge({ key: `${portfolio.id}:${position.id}:uninsured`, until: dayFromToday(7) });
    await alice.alert.acknowledge({ key: `${portfolio.id}:portfolio:provider_concentration:nexus-mutual`, until: dayFromToday(7) });
    const acksOf = () => tdb.prisma.alertAck.count({ where: { portfolioId: portfolio.id } });
    expect(await acksOf()).toBe(2);
    await alice.position.delete({ id: position.id });
    expect(await acksOf()).toBe(1);
    await alice.portfolio.delete({ id: portfolio.id });
    expect(await acksOf()).toBe(0);
  });

  it("unacknowledge shows the alert again", async () => {
    const key = `${portfolioId}:${positionId}:under_insured`;
    await alice.alert.acknowledge({ key, until: dayFromToday(5) });
    expect(await alice.alert.unacknowledge({ key })).toEqual({ key });
    expect((await alice.alert.list({ portfolioId })).map((a) => a.key)).not.toContain(key);
  });

  it("refuses a date in the past with BAD_REQUEST on until, and stores nothing", async () => {
    const key = `${portfolioId}:${positionId}:expiring_soon`;
    await expect(alice.alert.acknowledge({ key, until: dayFromToday(-1) })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "until" });
    expect((await alice.alert.list({ portfolioId })).map((a) => a.key)).not.toContain(key);
  });

  it.each([
    ["an impossible date", { until: "2027-02-30" }],
    ["a date in another format", { until: "01/02/2027" }],
    ["an unknown alert code", { key: "p:q:lunch" }],
    ["a key with too many parts", { key: "a:b:uninsured:d" }],
    ["a portfolio key with a bad provider", { key: "a:portfolio:provider_concentration:Nexus Mutual" }],
  ])("refuses %s with BAD_REQUEST", async (_name, patch) => {
    const input = { key: `${portfolioId}:${positionId}:uninsured`, until: dayFromToday(1), ...patch };
    expect(await codeOf(alice.alert.acknowledge(input))).toBe("BAD_REQUEST");
  });

  it("a key naming a position of another portfolio of the same user is NOT_FOUND", async () => {
    expect(await codeOf(alice.alert.acknowledge({ key: `${portfolioId}:${otherPositionId}:uninsured`, until: dayFromToday(1) }))).toBe("NOT_FOUND");
  });

  it("another user's portfolio or position is NOT_FOUND, even with a past date, and nothing is stored", async () => {
    const before = await tdb.prisma.alertAck.count();
    for (const key of [`${portfolioId}:${positionId}:uninsured`, `${portfolioId}:portfolio:provider_concentration:nexus-mutual`]) {
      expect(await codeOf(bob.alert.acknowledge({ key, until: dayFromToday(1) }))).toBe("NOT_FOUND");
      expect(await codeOf(bob.alert.acknowledge({ key, until: dayFromToday(-5) }))).toBe("NOT_FOUND");
      expect(await codeOf(bob.alert.unacknowledge({ key }))).toBe("NOT_FOUND");
    }
    expect(await codeOf(bob.alert.list({ portfolioId }))).toBe("NOT_FOUND");
    expect(await tdb.prisma.alertAck.count()).toBe(before);
  });

  it("acknowledgements are per user: the owner's list is unaffected by anyone else", async () => {
    const bobPortfolio = (await bob.portfolio.create({ name: "Bob" })).id;
    expect(await bob.alert.list({ portfolioId: bobPortfolio })).toEqual([]);
  });
});
