import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { seedCatalog, seedVenues } from "@/prisma/seed";

let tdb: TestDatabase;
let alice: Caller;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  await seedVenues(tdb.prisma);
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
});
afterAll(() => tdb.drop());

const base = { asset: "USDC", assetKind: "stablecoin", valueUsd: "1000" } as const;

describe("venue and chain names in the outputs", () => {
  it("gives positions, the summary and its breakdowns the catalog's names; an unlisted venue has none", async () => {
    const { id: portfolioId } = await alice.portfolio.create({ name: "Names" });
    const lido = await alice.position.create({ portfolioId, ...base, label: "Lido", chain: "ethereum", venueKind: "defi", venue: "lido" });
    const vault = await alice.position.create({ portfolioId, ...base, label: "Vault", chain: "bsc", venueKind: "defi", venue: "my-family-vault" });
    expect(lido.venueName).toBe("Lido");
    expect(vault.venueName).toBeNull();
    expect((await alice.position.get({ id: lido.id })).venueName).toBe("Lido");
    expect((await alice.position.list({ portfolioId })).map((p) => [p.venue, p.venueName])).toEqual([["lido", "Lido"], ["my-family-vault", null]]);
    expect((await alice.position.update({ id: vault.id, venue: "aave-v3" })).venueName).toBe("Aave V3");

    const summary = await alice.portfolio.summary({ portfolioId });
    expect(summary.positions.map((p) => p.venueName).sort()).toEqual(["Aave V3", "Lido"]);
    expect(summary.breakdowns.byVenue.map((r) => [r.key, r.label]).sort()).toEqual([["aave-v3", "Aave V3"], ["lido", "Lido"]]);
    expect(summary.breakdowns.byChain.map((r) => [r.key, r.label]).sort()).toEqual([["bsc", "BNB Chain"], ["ethereum", "Ethereum"]]);

    await alice.position.update({ id: vault.id, venue: "my-family-vault" });
    const after = await alice.portfolio.summary({ portfolioId });
    expect(after.breakdowns.byVenue.find((r) => r.key === "my-family-vault")?.label).toBe("my-family-vault (unlisted)");
  });
});
