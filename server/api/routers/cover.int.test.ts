import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;
let alice: Caller;
let portfolioId: string;
let otherPortfolioId: string;
let aaveId: string;
let coinbaseId: string;

const aave = { label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" } as const;
const coinbase = { label: "Coinbase BTC", asset: "BTC", assetKind: "native", chain: "bitcoin", venueKind: "cex", venue: "coinbase", valueUsd: "50000.505" } as const;
const cover = { productName: "Protocol cover bought elsewhere", coverageType: "protocol_exploit", amountUsd: "80000", startsAt: "2026-01-01", expiresAt: "2027-01-01" } as const;

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  portfolioId = (await alice.portfolio.create({ name: "Main" })).id;
  otherPortfolioId = (await alice.portfolio.create({ name: "Other" })).id;
  aaveId = (await alice.position.create({ portfolioId, ...aave })).id;
  coinbaseId = (await alice.position.create({ portfolioId: otherPortfolioId, ...coinbase })).id;
});
afterAll(() => tdb.drop());

describe("positions", () => {
  it("keeps money as exact decimal strings", async () => {
    const p = await alice.position.get({ id: coinbaseId });
    expect(p.valueUsd).toBe("50000.505");
  });

  it("refuses a duplicate label in the same portfolio with CONFLICT on label", async () => {
    await expect(alice.position.create({ portfolioId, ...aave })).rejects.toMatchObject({ code: "CONFLICT", field: "label" });
  });

  it.each([
    ["negative value", { valueUsd: "-1" }],
    ["value above 1e13", { valueUsd: "10000000000001" }],
    ["more than 8 decimals", { valueUsd: "1.123456789" }],
    ["unknown venue kind", { venueKind: "bank" }],
    ["label over 120 characters", { label: "x".repeat(121) }],
  ])("refuses %s with BAD_REQUEST", async (_name, patch) => {
    const before = (await alice.position.list({ portfolioId })).length;
    expect(await codeOf(alice.position.create({ portfolioId, ...aave, label: "new", ...patch } as never))).toBe("BAD_REQUEST");
    expect((await alice.position.list({ portfolioId })).length).toBe(before);
  });
});

describe("covers", () => {
  it("creates a cover linked to a position and lists it", async () => {
    const created = await alice.cover.create({ portfolioId, ...cover, deductible: { kind: "pct_of_loss", value: "10" }, positionIds: [aaveId] });
    expect(created).toMatchObject({ amountUsd: "80000", deductible: { kind: "pct_of_loss", value: "10" }, positionIds: [aaveId], status: "held", startsAt: "2026-01-01" });
    const listed = await alice.cover.list({ portfolioId });
    expect(listed.map((c) => c.id)).toContain(created.id);
  });

  it("replaces the linked positions on update", async () => {
    const second = await alice.position.create({ portfolioId, ...aave, label: "Aave USDC 2" });
    const c = await alice.cover.create({ portfolioId, ...cover, positionIds: [aaveId] });
    const updated = await alice.cover.update({ id: c.id, positionIds: [second.id, aaveId] });
    expect(updated.positionIds.sort()).toEqual([aaveId, second.id].sort());
  });

  it("refuses reversed dates naming expiresAt, and writes nothing", async () => {
    const before = (await alice.cover.list({ portfolioId })).length;
    await expect(alice.cover.create({ portfolioId, ...cover, startsAt: "2027-01-01", expiresAt: "2026-01-01", positionIds: [aaveId] }))
      .rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await alice.cover.list({ portfolioId })).length).toBe(before);
  });

  it("refuses a reversed date range made by an update", async () => {
    const c = await alice.cover.create({ portfolioId, ...cover, positionIds: [aaveId] });
    await expect(alice.cover.update({ id: c.id, expiresAt: "2025-06-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", field: "expiresAt" });
    expect((await alice.cover.get({ id: c.id })).expiresAt).toBe("2027-01-01");
  });

  it("refuses a deductible percentage above 100", async () => {
    expect(await codeOf(alice.cover.create({ portfolioId, ...cover, deductible: { kind: "pct_of_cover", value: "101" }, positionIds: [aaveId] }))).toBe("BAD_REQUEST");
  });

  it("refuses a link to a position of another portfolio, naming positionIds", async () => {
    const before = (await alice.cover.list({ portfolioId })).length;
    await expect(alice.cover.create({ portfolioId, ...cover, positionIds: [aaveId, coinbaseId] }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", field: "positionIds" });
    expect((await alice.cover.list({ portfolioId })).length).toBe(before);
  });

  it("refuses more than 1,000 linked positions", async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `p${i}`);
    expect(await codeOf(alice.cover.create({ portfolioId, ...cover, positionIds: ids }))).toBe("BAD_REQUEST");
  });

  it("deleting the portfolio removes its positions and covers", async () => {
    const p = await alice.portfolio.create({ name: "Short-lived" });
    const pos = await alice.position.create({ portfolioId: p.id, ...aave });
    const c = await alice.cover.create({ portfolioId: p.id, ...cover, positionIds: [pos.id] });
    await alice.portfolio.delete({ id: p.id });
    expect(await tdb.prisma.position.count({ where: { id: pos.id } })).toBe(0);
    expect(await tdb.prisma.cover.count({ where: { id: c.id } })).toBe(0);
    expect(await tdb.prisma.coverPosition.count({ where: { coverId: c.id } })).toBe(0);
  });
});
