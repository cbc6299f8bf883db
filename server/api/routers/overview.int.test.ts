import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { todayUtc } from "@/server/repositories/mappers";
import { buildOverview } from "@/server/domain/overview/build-overview";

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let portfolioId: string;

function dayFromToday(n: number): string {
  const d = new Date(`${todayUtc()}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const CHAINS = ["ethereum", "arbitrum", "base", "optimism", "polygon", "solana", "bsc", "avalanche", "gnosis", "scroll", "linea"];

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
  portfolioId = (await alice.portfolio.create({ name: "Overview" })).id;
  // Eleven positions on eleven chains (more than the eight rows a breakdown shows), every third one covered.
  for (const [i, chain] of CHAINS.entries()) {
    const p = await alice.position.create({
      portfolioId, label: `Position ${i}`, asset: "USDC", assetKind: "stablecoin", chain, venueKind: "defi", venue: "aave-v3", valueUsd: `${1000 * (i + 1)}.33`,
    });
    if (i % 3 === 0) {
      await alice.cover.create({
        portfolioId, providerSlug: "nexus-mutual", productName: `Cover ${i}`, coverageType: "protocol_exploit", amountUsd: "1500",
        startsAt: dayFromToday(-10), expiresAt: dayFromToday(20 + i), positionIds: [p.id],
      });
    }
  }
});
afterAll(() => tdb.drop());

describe("portfolio.overview", () => {
  it("has the summary's totals to the cent, its breakdowns folded into eight rows that add up to them, and counts", async () => {
    const [overview, summary] = await Promise.all([alice.portfolio.overview({ portfolioId }), alice.portfolio.summary({ portfolioId })]);
    expect(overview.totals).toEqual(summary.totals);
    expect(overview.counts).toEqual({ positions: 11, covers: 4, coversInForce: 4 });
    expect(overview.breakdowns.byChain).toHaveLength(8);
    expect(overview.breakdowns.byChain.at(-1)).toMatchObject({ label: "Others (4)", others: 4 });
    const cents = (usd: string) => BigInt(usd.replace(".", ""));
    const total = overview.breakdowns.byChain.reduce((t, r) => t + cents(r.insuredUsd) + cents(r.uninsuredUsd), 0n);
    expect(total).toBe(cents(summary.totals.valueUsd));
    // The four smallest chains: positions 0–3 hold 1,000.33 + 2,000.33 + 3,000.33 + 4,000.33 = 10,001.32.
    const others = overview.breakdowns.byChain.at(-1)!;
    expect(cents(others.insuredUsd) + cents(others.uninsuredUsd)).toBe(1000132n);
    expect(overview.cliff.points).toEqual(summary.timeline);
    expect(overview.cliff.events.filter((e) => e.expires.length > 0)).toHaveLength(4);
  });

  it("carries the same grouped alerts as alert.list, three per group", async () => {
    const [overview, list] = await Promise.all([alice.portfolio.overview({ portfolioId }), alice.alert.list({ portfolioId, perGroup: 3 })]);
    expect(overview.alerts).toEqual(list);
    expect(overview.alerts.groups.find((g) => g.code === "uninsured")).toMatchObject({ count: 7 });
  });

  it("an expanded group lists its own alerts only, as many as asked", async () => {
    const list = await alice.alert.list({ portfolioId, code: "uninsured", perGroup: 50 });
    expect(list.groups.map((g) => g.code)).toEqual(["uninsured"]);
    expect(list.groups[0]!.alerts).toHaveLength(7);
    expect(list.openCount).toBe(7);
  });

  it("looks ahead with asOf", async () => {
    const ahead = await alice.portfolio.overview({ portfolioId, asOf: dayFromToday(60) });
    expect(ahead.asOf).toBe(dayFromToday(60));
    expect(ahead.totals.insuredUsd).toBe("0.00");
    expect(ahead.counts.coversInForce).toBe(0);
  });

  it("is the owner's only: another user gets NOT_FOUND; bad input names its field", async () => {
    expect(await codeOf(bob.portfolio.overview({ portfolioId }))).toBe("NOT_FOUND");
    await expect(alice.portfolio.overview({ portfolioId, asOf: "2026-02-30" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(alice.alert.list({ portfolioId, perGroup: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("is never stale: after every kind of write it equals a fresh computation from the summary", async () => {
    const id = (await alice.portfolio.create({ name: "Cache" })).id;
    const fresh = async () => {
      const [summary, acks] = await Promise.all([
        alice.portfolio.summary({ portfolioId: id }),
        tdb.prisma.alertAck.findMany({ where: { portfolioId: id } }),
      ]);
      return buildOverview(summary, acks.map((a) => ({ key: a.alertKey, until: a.until.toISOString().slice(0, 10) })), todayUtc());
    };
    const check = async (step: string) => {
      await alice.portfolio.overview({ portfolioId: id }); // warm the cache
      expect(await alice.portfolio.overview({ portfolioId: id }), step).toEqual(await fresh());
    };
    const base = { portfolioId: id, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3" } as const;
    await check("empty");
    const a = await alice.position.create({ ...base, label: "A", valueUsd: "1000" });
    const b = await alice.position.create({ ...base, label: "B", valueUsd: "2000" });
    await check("positions created");
    const cover = await alice.cover.create({
      portfolioId: id, productName: "Cover", coverageType: "protocol_exploit", amountUsd: "1000",
      startsAt: dayFromToday(-5), expiresAt: dayFromToday(100), positionIds: [a.id],
    });
    await check("cover created");
    await alice.cover.update({ id: cover.id, positionIds: [b.id] });
    await check("link swapped, nothing else");
    await alice.cover.update({ id: cover.id, amountUsd: "1500" });
    await check("cover amount");
    await alice.position.update({ id: b.id, valueUsd: "2500" });
    await check("position value");
    await alice.settings.update({ targetRatio: 0.5 });
    await check("target ratio");
    await alice.portfolio.update({ id, name: "Cache, renamed" });
    await check("portfolio renamed");
    await alice.alert.acknowledge({ key: `${id}:${a.id}:uninsured`, until: dayFromToday(3) });
    await check("acknowledged");
    await alice.portfolio.importCsv({ portfolioId: id, kind: "positions", csv: "label,asset,assetKind,chain,venueKind,venue,valueUsd\nC,USDC,stablecoin,ethereum,cex,coinbase,700" });
    await check("imported");
    await alice.position.delete({ id: a.id });
    await check("position deleted");
    await alice.cover.delete({ id: cover.id });
    await check("cover deleted");
    const last = await alice.portfolio.overview({ portfolioId: id });
    expect(last.totals.valueUsd).toBe("3200.00");
    expect(last.portfolio.name).toBe("Cache, renamed");
  });
});


describe("incident alerts on the dashboard", () => {
  it("an incident recorded on a venue the portfolio holds shows at once, above every other alert, and can be acknowledged", async () => {
    const id = (await alice.portfolio.create({ name: "Incidents" })).id;
    await alice.position.create({ portfolioId: id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000" });
    const before = await alice.portfolio.overview({ portfolioId: id }); // cached now
    expect(before.alerts.groups.map((g) => g.code)).not.toContain("incident");

    await tdb.prisma.incident.create({ data: {
      id: "test-aave-today", date: new Date(`${dayFromToday(-3)}T00:00:00Z`), venueName: "Aave", venueSlug: "aave-v3", chains: [],
      kind: "protocol_exploit", sourceLabel: "test", asOf: dayFromToday(0),
    } });
    const after = await alice.portfolio.overview({ portfolioId: id });
    expect(after.alerts.groups[0]).toMatchObject({ code: "incident", severity: "urgent", count: 1 });
    expect(after.alerts.groups[0]!.title).toMatch(/^aave-v3: protocol exploit on .* hit Aave USDC$|^Aave.*: protocol exploit on .* hit Aave USDC$/);

    // The user's look-back: 2 days no longer reaches an incident 3 days ago; the default 90 does.
    await alice.settings.update({ incidentLookbackDays: 2 });
    expect((await alice.portfolio.overview({ portfolioId: id })).alerts.groups.map((g) => g.code)).not.toContain("incident");
    await alice.settings.update({ incidentLookbackDays: null });
    expect((await alice.portfolio.overview({ portfolioId: id })).alerts.groups[0]!.code).toBe("incident");

    const key = `${id}:portfolio:incident:test-aave-today`;
    await alice.alert.acknowledge({ key, until: dayFromToday(7) });
    expect((await alice.portfolio.overview({ portfolioId: id })).alerts.groups.map((g) => g.code)).not.toContain("incident");
    expect(await codeOf(bob.alert.acknowledge({ key, until: dayFromToday(7) }))).toBe("NOT_FOUND");
    await tdb.prisma.incident.delete({ where: { id: "test-aave-today" } });
  });
});
