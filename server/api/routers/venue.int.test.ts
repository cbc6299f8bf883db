import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVenueRows } from "@/prisma/seed-data/load/venue-catalog";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { callerFor, codeOf } from "@/tests/integration/callers";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedVenues(tdb.prisma);
});
afterAll(async () => tdb.drop());

const anonymous = () => callerFor(tdb.prisma, null);

describe("seeding the venue catalog", () => {
  it("holds every protocol, family, exchange, custodian and wallet of venues.json", async () => {
    const counts = await tdb.prisma.venue.groupBy({ by: ["kind", "isFamily"], _count: true });
    const count = (kind: string, isFamily = false) => counts.find((c) => c.kind === kind && c.isFamily === isFamily)?._count ?? 0;
    expect({ protocols: count("defi"), families: count("defi", true), cex: count("cex"), custodians: count("custodian"), wallets: count("wallet") })
      .toEqual({ protocols: 361, families: 8, cex: 18, custodians: 4, wallets: 5 });
    expect(await tdb.prisma.venue.findUnique({ where: { slug: "aave-v3" }, select: { family: true, chains: true } }))
      .toMatchObject({ family: "aave", chains: expect.arrayContaining(["ethereum", "arbitrum"]) });
  });

  it("is idempotent, and a changed fact changes that row only", async () => {
    const before = await tdb.prisma.venue.findMany({ orderBy: { slug: "asc" } });
    expect((await seedVenues(tdb.prisma)).changed).toBe(0);
    expect(await tdb.prisma.venue.findMany({ orderBy: { slug: "asc" } })).toEqual(before);

    const edited = loadVenueRows().map((r) => (r.slug === "lido" ? { ...r, chains: [...r.chains, "solana"] } : r));
    expect((await seedVenues(tdb.prisma, edited)).changed).toBe(1);
    const after = await tdb.prisma.venue.findMany({ orderBy: { slug: "asc" } });
    const differing = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i])).map((r) => r.slug);
    expect(differing).toEqual(["lido"]);
    expect(after.find((r) => r.slug === "lido")?.chains).toContain("solana");
  });
});

describe("venue.search (public)", () => {
  it('"aave" lists Aave V3 first; "curve" finds Curve DEX and the curve family', async () => {
    const aave = await anonymous().venue.search({ q: "aave" });
    expect(aave[0]).toEqual({ slug: "aave-v3", name: "Aave V3", kind: "defi", category: "lending", chains: expect.any(Array), family: "aave", isFamily: false });
    const curve = (await anonymous().venue.search({ q: "curve" })).map((v) => v.slug);
    expect(curve[0]).toBe("curve-dex");
    expect(curve).toContain("curve");
  });

  it("filters by kind and chain, and caps the results", async () => {
    const exchanges = await anonymous().venue.search({ kind: "cex", limit: 50 });
    expect(exchanges).toHaveLength(18);
    const solana = await anonymous().venue.search({ q: "kamino", chain: "solana" });
    expect(solana.map((v) => v.slug)).toContain("kamino-lend");
    expect((await anonymous().venue.search({ limit: 5 })).length).toBe(5);
  });

  it.each([
    ["an unknown kind", { kind: "bank" }, "kind"],
    ["an unknown chain", { chain: "mars" }, "chain"],
    ["a query over 100 characters", { q: "a".repeat(101) }, "q"],
    ["a limit over 50", { limit: 51 }, "limit"],
  ])("refuses %s with BAD_REQUEST naming the field", async (_label, input, field) => {
    const error = await anonymous().venue.search(input as never).catch((e: unknown) => e as { code: string; cause?: { issues?: { path: string[] }[] } });
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as { cause: { issues: { path: string[] }[] } }).cause.issues[0]!.path).toEqual([field]);
  });

  it("answers from memory once warm: no SQL", async () => {
    await anonymous().venue.search({ q: "li" });
    const { count } = await tdb.countQueries(() => anonymous().venue.search({ q: "lid" }));
    expect(count).toBe(0);
  });

  it("bySlugs returns the catalog's venues among those asked for", async () => {
    const found = await anonymous().venue.bySlugs({ slugs: ["lido", "my-own-vault", "coinbase"] });
    expect(found.map((v) => v.slug).sort()).toEqual(["coinbase", "lido"]);
    expect(await codeOf(anonymous().venue.bySlugs({ slugs: Array(201).fill("x") }))).toBe("BAD_REQUEST");
  });
});
