import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCatalog } from "@/prisma/seed";
import { seedNexusListings } from "@/prisma/seed-data/seed-nexus-listings";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { DAO_TREASURY_CSV } from "@/tests/fixtures/dao-treasury";

let tdb: TestDatabase;
let treasurer: Caller;
let portfolioId: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  await seedNexusListings(tdb.prisma);
  treasurer = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "treasurer")).id);
  portfolioId = (await treasurer.portfolio.create({ name: "DAO treasury" })).id;
  const imported = await treasurer.portfolio.importCsv({ portfolioId, kind: "positions", csv: DAO_TREASURY_CSV });
  expect(imported).toMatchObject({ written: true, errors: [] });
}, 60_000);
afterAll(() => tdb.drop());

describe("the DAO treasurer's $50,000 budget over 58 ungraded positions", () => {
  it("no longer spends it on a 29 % product: every dollar buys cover worth at most 3× its expected loss", async () => {
    const plan = await treasurer.recommendation.optimizeBudget({ portfolioId, budgetUsd: "50000" });
    expect(plan.allocations.length).toBeGreaterThan(1);
    for (const a of plan.allocations) {
      expect(a.premiumPct).not.toBe("29");
      expect(a.valueMultiple).not.toBeNull();
      expect(a.valueMultiple!).toBeLessThanOrEqual(3);
    }
    expect(plan.poorValue.count).toBeGreaterThan(0);
    // Spread over several positions, not one.
    expect(new Set(plan.allocations.map((a) => a.positionId)).size).toBeGreaterThan(1);
  });

  it("at the top of every published range and a guard of 20× it still refuses what pays back less than 1/20 of its price", async () => {
    const plan = await treasurer.recommendation.optimizeBudget({ portfolioId, budgetUsd: "50000", priceBasis: "high", maxLoading: 20 });
    for (const a of plan.allocations) expect(a.valueMultiple!).toBeLessThanOrEqual(20);
  });

  it("tail mode spends within the budget and lowers CVaR₉₅", async () => {
    const plan = await treasurer.recommendation.optimizeBudget({ portfolioId, budgetUsd: "50000", mode: "tail" });
    expect(plan.mode).toBe("tail");
    expect(Number(plan.budgetUsedUsd)).toBeLessThanOrEqual(50_000);
    expect(Number(plan.tail!.after.cvar95Usd)).toBeLessThanOrEqual(Number(plan.tail!.before.cvar95Usd));
  });
});
