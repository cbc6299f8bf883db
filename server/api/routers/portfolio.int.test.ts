import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;
let alice: Caller;

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
});
afterAll(() => tdb.drop());

describe("portfolio procedures", () => {
  it("create, rename, list and delete a portfolio", async () => {
    const created = await alice.portfolio.create({ name: "  DAO treasury ", description: "main" });
    expect(created).toMatchObject({ name: "DAO treasury", description: "main", positionCount: 0, totalValueUsd: "0" });

    const renamed = await alice.portfolio.update({ id: created.id, name: "DAO treasury 2026" });
    expect(renamed.name).toBe("DAO treasury 2026");
    expect((await alice.portfolio.list()).map((p) => p.name)).toContain("DAO treasury 2026");

    await alice.portfolio.delete({ id: created.id });
    expect(await codeOf(alice.portfolio.get({ id: created.id }))).toBe("NOT_FOUND");
  });

  it("refuses a second portfolio with the same name with CONFLICT on the name field", async () => {
    await alice.portfolio.create({ name: "Fund A" });
    await expect(alice.portfolio.create({ name: "Fund A" })).rejects.toMatchObject({ code: "CONFLICT", field: "name" });
  });

  it("refuses a name over 120 characters with BAD_REQUEST and writes nothing", async () => {
    const before = (await alice.portfolio.list()).length;
    expect(await codeOf(alice.portfolio.create({ name: "x".repeat(121) }))).toBe("BAD_REQUEST");
    expect((await alice.portfolio.list()).length).toBe(before);
  });

  it("totals the value of its positions exactly", async () => {
    const p = await alice.portfolio.create({ name: "Totals" });
    const base = { assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", asset: "USDC" } as const;
    await alice.position.create({ portfolioId: p.id, label: "a", valueUsd: "0.1", ...base });
    await alice.position.create({ portfolioId: p.id, label: "b", valueUsd: "0.2", ...base });
    expect((await alice.portfolio.get({ id: p.id })).totalValueUsd).toBe("0.3");
  });

  it("anonymous callers get UNAUTHORIZED", async () => {
    expect(await codeOf(callerFor(tdb.prisma, null).portfolio.list())).toBe("UNAUTHORIZED");
  });
});
