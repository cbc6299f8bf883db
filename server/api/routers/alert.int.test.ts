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

type AlertList = Awaited<ReturnType<Caller["alert"]["list"]>>;
/** Every alert a list carries, acknowledged or not. */
const alertsOf = (list: AlertList) => list.groups.flatMap((g) => g.alerts);
/** Keys of the alerts still acknowledged today, from a list that includes them. */
const acknowledgedKeys = async (caller: Caller, id: string) =>
  alertsOf(await caller.alert.list({ portfolioId: id, includeAcknowledged: true })).filter((a) => a.acknowledgedUntil !== null).map((a) => a.key);
const ackRow = (key: string) => tdb.prisma.alertAck.findMany({ where: { alertKey: key }, select: { until: true } });

describe("alert acknowledgements", () => {
  it("acknowledges a position's alert until a date: hidden from that portfolio's list, counted, shown on request", async () => {
    const key = `${portfolioId}:${positionId}:uninsured`;
    const until = dayFromToday(7);
    expect(await alice.alert.acknowledge({ key, until })).toEqual({ key, until });
    expect(await alice.alert.list({ portfolioId })).toMatchObject({ groups: [], openCount: 0, acknowledgedCount: 1 });
    const shown = await alice.alert.list({ portfolioId, includeAcknowledged: true });
    expect(shown.groups).toMatchObject([{ code: "uninsured", count: 1, acknowledgedCount: 1 }]);
    expect(alertsOf(shown)[0]).toMatchObject({ key, acknowledgedUntil: until, positions: [{ id: positionId }] });
    // The other portfolio's alert is its own.
    expect(await alice.alert.list({ portfolioId: otherPortfolioId })).toMatchObject({ openCount: 1, acknowledgedCount: 0 });
  });

  it("acknowledging again moves the date instead of adding a row", async () => {
    const key = `${portfolioId}:${positionId}:expired`;
    await alice.alert.acknowledge({ key, until: dayFromToday(3) });
    await alice.alert.acknowledge({ key, until: dayFromToday(30) });
    expect(await ackRow(key)).toEqual([{ until: new Date(`${dayFromToday(30)}T00:00:00.000Z`) }]);
  });

  it("accepts today, and the alert stays hidden while today is not past it", async () => {
    const id = (await alice.portfolio.create({ name: "Today" })).id;
    const pos = await alice.position.create({ portfolioId: id, ...coinbase });
    const key = `${id}:${pos.id}:uninsured`;
    await alice.alert.acknowledge({ key, until: todayUtc() });
    expect(await acknowledgedKeys(alice, id)).toEqual([key]);
    expect((await alice.alert.list({ portfolioId: id })).openCount).toBe(0);
  });

  it("an acknowledgement whose date has passed no longer hides the alert", async () => {
    const id = (await alice.portfolio.create({ name: "Lapsed ack" })).id;
    const pos = await alice.position.create({ portfolioId: id, ...coinbase });
    const key = `${id}:${pos.id}:uninsured`;
    const user = (await tdb.prisma.portfolioMember.findFirstOrThrow({ where: { portfolioId: id, role: "owner" } })).userId;
    await tdb.prisma.alertAck.create({ data: { userId: user, portfolioId: id, positionId: pos.id, alertKey: key, until: new Date(`${dayFromToday(-1)}T00:00:00.000Z`) } });
    expect(await alice.alert.list({ portfolioId: id })).toMatchObject({ openCount: 1, acknowledgedCount: 0 });
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
    const id = (await alice.portfolio.create({ name: "Show again" })).id;
    const pos = await alice.position.create({ portfolioId: id, ...coinbase });
    const key = `${id}:${pos.id}:uninsured`;
    await alice.alert.acknowledge({ key, until: dayFromToday(5) });
    expect((await alice.alert.list({ portfolioId: id })).openCount).toBe(0);
    expect(await alice.alert.unacknowledge({ key })).toEqual({ key });
    expect(alertsOf(await alice.alert.list({ portfolioId: id })).map((a) => a.key)).toEqual([key]);
  });

  it("refuses a date in the past with BAD_REQUEST on until, and stores nothing", async () => {
    const key = `${portfolioId}:${positionId}:expiring_soon`;
    await expect(alice.alert.acknowledge({ key, until: dayFromToday(-1) })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "until" });
    expect(await ackRow(key)).toEqual([]);
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
    expect(await codeOf(bob.alert.acknowledgeGroup({ portfolioId, code: "uninsured", until: dayFromToday(1) }))).toBe("NOT_FOUND");
    expect(await tdb.prisma.alertAck.count()).toBe(before);
  });

  it("acknowledgements are per user: another user's list is unaffected", async () => {
    const bobPortfolio = (await bob.portfolio.create({ name: "Bob" })).id;
    expect(await bob.alert.list({ portfolioId: bobPortfolio })).toEqual({ asOf: todayUtc(), groups: [], openCount: 0, acknowledgedCount: 0 });
  });
});

describe("alerts computed on the server, grouped", () => {
  let treasury: string;
  const gaps = [["Gap one", "120000.10"], ["Gap two", "3500.45"], ["Gap three", "990000"]] as const;

  beforeAll(async () => {
    treasury = (await alice.portfolio.create({ name: "Grouped" })).id;
    for (const [label, valueUsd] of gaps) await alice.position.create({ portfolioId: treasury, ...coinbase, label, valueUsd });
    const insured = await alice.position.create({ portfolioId: treasury, ...coinbase, label: "Insured", venueKind: "defi", venue: "aave-v3", valueUsd: "10000" });
    await alice.cover.create({
      portfolioId: treasury, providerSlug: "nexus-mutual", productName: "Protocol cover", coverageType: "protocol_exploit", amountUsd: "10000",
      startsAt: dayFromToday(-30), expiresAt: dayFromToday(5), positionIds: [insured.id],
    });
  });

  it("one group per code, deadlines first, with the figures of portfolio.summary", async () => {
    const [list, summary] = await Promise.all([alice.alert.list({ portfolioId: treasury }), alice.portfolio.summary({ portfolioId: treasury })]);
    expect(list.groups.map((g) => [g.code, g.count])).toEqual([["expiring_soon", 1], ["uninsured", 3], ["provider_concentration", 1]]);
    const flagged = summary.positions.filter((p) => p.flags.some((f) => f.code === "uninsured"));
    const uninsured = list.groups.find((g) => g.code === "uninsured")!;
    // 120,000.10 + 3,500.45 + 990,000.00 = 1,113,500.55, the same positions' uninsured in the summary
    expect(uninsured.totalUsd).toBe("1113500.55");
    expect(flagged.map((p) => p.uninsuredUsd).sort()).toEqual(uninsured.alerts.map((a) => a.amountUsd).sort());
    expect(uninsured.title).toBe("3 positions uninsured — $1.1M");
    expect(uninsured.alerts.map((a) => a.positions[0]!.label)).toEqual(["Gap three", "Gap one", "Gap two"]);
    expect(list.groups[0]).toMatchObject({ code: "expiring_soon", severity: "urgent", until: dayFromToday(5) });
    expect(list.groups[0]!.alerts[0]!.covers).toEqual([{ id: expect.any(String), name: expect.stringContaining("Protocol cover") }]);
  });

  it("looks ahead: after the cover's expiry the alert is 'expired'", async () => {
    const list = await alice.alert.list({ portfolioId: treasury, asOf: dayFromToday(10) });
    expect(list.asOf).toBe(dayFromToday(10));
    expect(list.groups.map((g) => g.code)).toEqual(["expired", "uninsured"]);
  });

  it("acknowledge all hides the whole group in one call and leaves the others", async () => {
    expect(await alice.alert.acknowledgeGroup({ portfolioId: treasury, code: "uninsured", until: dayFromToday(14) })).toEqual({ count: 3, until: dayFromToday(14) });
    const list = await alice.alert.list({ portfolioId: treasury });
    expect(list.groups.map((g) => g.code)).toEqual(["expiring_soon", "provider_concentration"]);
    expect(list).toMatchObject({ openCount: 2, acknowledgedCount: 3 });
    // Again: nothing is open in that group any more.
    expect(await alice.alert.acknowledgeGroup({ portfolioId: treasury, code: "uninsured", until: dayFromToday(20) })).toEqual({ count: 0, until: dayFromToday(20) });
    await expect(alice.alert.acknowledgeGroup({ portfolioId: treasury, code: "expiring_soon", until: dayFromToday(-1) }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "until" });
    expect((await alice.alert.list({ portfolioId: treasury })).openCount).toBe(2);
  });

  it("acknowledge all, twice at once and against a deleted position, never answers 500", async () => {
    const id = (await alice.portfolio.create({ name: "Racing acks" })).id;
    const positions = await Promise.all(["R1", "R2", "R3"].map((label) => alice.position.create({ portfolioId: id, ...coinbase, label })));
    const both = await Promise.allSettled([
      alice.alert.acknowledgeGroup({ portfolioId: id, code: "uninsured", until: dayFromToday(5) }),
      alice.alert.acknowledgeGroup({ portfolioId: id, code: "uninsured", until: dayFromToday(6) }),
    ]);
    expect(both.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(await tdb.prisma.alertAck.count({ where: { portfolioId: id } })).toBe(3);
    expect(await codeOf(bob.alert.acknowledgeGroup({ portfolioId: id, code: "uninsured", until: dayFromToday(-3) }))).toBe("NOT_FOUND");
    // A position deleted while its group is acknowledged: the acknowledgement goes with it, or the call is NOT_FOUND.
    await alice.alert.unacknowledge({ key: `${id}:${positions[0]!.id}:uninsured` });
    const raced = await Promise.allSettled([
      alice.alert.acknowledgeGroup({ portfolioId: id, code: "uninsured", until: dayFromToday(7) }),
      alice.position.delete({ id: positions[0]!.id }),
    ]);
    for (const r of raced) if (r.status === "rejected") expect((r.reason as { code?: string }).code).toBe("NOT_FOUND");
    expect(await tdb.prisma.alertAck.count({ where: { positionId: positions[0]!.id } })).toBe(0);
  });
});
