import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import type { PrismaClient } from "@/server/db/generated/client";
import { seedCatalog } from "@/prisma/seed";
import { venueCatalog } from "@/server/repositories/venue-repository";

let tdb: TestDatabase;
let alice: Caller;
let aliceId: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  aliceId = (await makeUser(tdb.prisma, "alice")).id;
  alice = callerFor(tdb.prisma, aliceId);
});
afterAll(() => tdb.drop());

const VENUES = [
  { venueKind: "defi", venue: "aave-v3", assetKind: "stablecoin", asset: "USDC" },
  { venueKind: "defi", venue: "lido", assetKind: "lst", asset: "stETH" },
  { venueKind: "cex", venue: "coinbase", assetKind: "native", asset: "BTC" },
  { venueKind: "wallet", venue: "ledger", assetKind: "native", asset: "ETH" },
] as const;
const TYPES = ["protocol_exploit", "depeg", "exchange_halt", "custody_theft"] as const;

/** A portfolio of `n` positions and 2n covers (1–3 positions each, some with a catalog product). */
async function portfolioOfSize(db: PrismaClient, n: number): Promise<string> {
  const portfolio = await db.portfolio.create({ data: { createdById: aliceId, members: { create: { userId: aliceId, role: "owner" } }, name: `Size ${n}` } });
  const prefix = `${portfolio.id}-`;
  const product = await db.coverProduct.findFirstOrThrow({ where: { coverageType: "protocol_exploit" }, select: { id: true } });
  await db.position.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      id: `${prefix}p${i}`, portfolioId: portfolio.id, label: `Position ${i}`, chain: "ethereum",
      valueUsd: String(1000 + i * 13), ...VENUES[i % VENUES.length]!,
    })),
  });
  await db.cover.createMany({
    data: Array.from({ length: 2 * n }, (_, i) => ({
      id: `${prefix}c${i}`, portfolioId: portfolio.id, productName: `Cover ${i}`, coverageType: TYPES[i % TYPES.length]!,
      productId: i % 5 === 0 ? product.id : null,
      amountUsd: String(300 + i * 7), startsAt: new Date("2026-01-01"), expiresAt: new Date("2027-06-01"),
    })),
  });
  await db.coverPosition.createMany({
    data: Array.from({ length: 2 * n }, (_, i) => Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      coverId: `${prefix}c${i}`, positionId: `${prefix}p${(i * 7 + k * 3) % n}`,
    }))).flat(),
    skipDuplicates: true,
  });
  return portfolio.id;
}

describe("portfolio.summary", () => {
  it.each([10, 1000])("reads a portfolio of %i positions in at most 3 SQL queries", async (n) => {
    const portfolioId = await portfolioOfSize(tdb.prisma, n);
    // Venue names come from the cached catalog (one read per instance per 30 s), not from the portfolio's budget.
    await venueCatalog(tdb.prisma);
    const { result, count, queries } = await tdb.countQueries(() => alice.portfolio.summary({ portfolioId, asOf: "2026-07-01" }));
    expect(count, queries.join("\n")).toBeLessThanOrEqual(3);
    expect(result.positions).toHaveLength(n);
    expect(result.covers).toHaveLength(2 * n);
    // every position's value: Σ (1000 + 13·i) for i < n
    const expectedValue = (1000 * n + 13 * (n * (n - 1)) / 2).toFixed(2);
    expect(result.totals.valueUsd).toBe(expectedValue);
    expect(result.positions[0]).toMatchObject({ label: "Position 0", venue: "aave-v3" });
  });

  it("sizes one Aave position exactly, with the cover's name and a default as-of of today", async () => {
    const p = await alice.portfolio.create({ name: "One position" });
    const position = await alice.position.create({
      portfolioId: p.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin",
      chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "250000",
    });
    await alice.cover.create({
      portfolioId: p.id, productName: "Protocol cover bought elsewhere", coverageType: "protocol_exploit",
      amountUsd: "100000", deductible: { kind: "pct_of_loss", value: "10" },
      startsAt: "2020-01-01", expiresAt: "2099-01-01", positionIds: [position.id],
    });
    const summary = await alice.portfolio.summary({ portfolioId: p.id });
    expect(summary.asOf).toBe(new Date().toISOString().slice(0, 10));
    // pay = min(100,000, 250,000 × (1 − 10/100) = 225,000) = 100,000; uninsured = 250,000 − 100,000
    expect(summary.totals).toMatchObject({ valueUsd: "250000.00", insuredUsd: "100000.00", uninsuredUsd: "150000.00", ratio: 0.4 });
    expect(summary.covers[0]?.name).toBe("Protocol cover bought elsewhere");
    expect(summary.positions[0]?.flags.map((f) => f.code)).toContain("under_insured");
  });

  it("is owner only: another user's portfolio is NOT_FOUND, anonymous is UNAUTHORIZED", async () => {
    const p = await alice.portfolio.create({ name: "Private" });
    const bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
    expect(await codeOf(bob.portfolio.summary({ portfolioId: p.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.prisma, null).portfolio.summary({ portfolioId: p.id }))).toBe("UNAUTHORIZED");
  });

  it("refuses an as-of that is not a calendar day with BAD_REQUEST", async () => {
    const p = await alice.portfolio.create({ name: "Dates" });
    expect(await codeOf(alice.portfolio.summary({ portfolioId: p.id, asOf: "2026-02-30" }))).toBe("BAD_REQUEST");
  });
});
