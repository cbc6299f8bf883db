import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";
import { ImportRepository, orderedIds, type NewCover, type NewPosition } from "@/server/repositories/import-repository";

let tdb: TestDatabase;
let alice: Caller;

const HEADER = "label,asset,asset_kind,chain,venue_kind,venue,value_usd";
const row = (label: string, value = "1000") => `${label},USDC,stablecoin,ethereum,defi,aave-v3,${value}`;
const csv = (...rows: string[]) => `${HEADER}\n${rows.join("\n")}\n`;
const newPortfolio = async (name: string) => (await alice.portfolio.create({ name })).id;
const count = (portfolioId: string) => Promise.all([
  tdb.prisma.position.count({ where: { portfolioId } }),
  tdb.prisma.cover.count({ where: { portfolioId } }),
]);

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  await tdb.prisma.provider.create({
    data: {
      slug: "nexus-mutual", name: "Nexus Mutual", facts: {},
      products: { create: { slug: "protocol-cover", name: "Protocol Cover", coverageType: "protocol_exploit" } },
    },
  });
});
afterAll(() => tdb.drop());

describe("portfolio.importCsv — positions", () => {
  it("a file with one bad row writes nothing and names the row, column and problem", async () => {
    const portfolioId = await newPortfolio("One bad row");
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("A"), row("B", '"12,5"'), row("C")) });
    expect(result).toMatchObject({ written: false, errorCount: 1, rowCount: 3 });
    expect(result.errors).toEqual([{ row: 3, column: "value_usd", message: expect.stringContaining("Enter an amount") }]);
    expect(await count(portfolioId)).toEqual([0, 0]);
  });

  it("a dry run previews and counts without writing; the real run writes every row", async () => {
    const portfolioId = await newPortfolio("Good file");
    const file = csv(row("A"), row("B"), row("C"));
    const dry = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: file, dryRun: true });
    expect(dry).toMatchObject({ written: false, errors: [], counts: { positions: 3, covers: 0, links: 0 } });
    expect(dry.preview[0]).toEqual({ row: 2, cells: ["A", "USDC", "stablecoin", "ethereum", "defi", "aave-v3", "1000"] });
    expect(await count(portfolioId)).toEqual([0, 0]);
    expect(await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: file })).toMatchObject({ written: true });
    await alice.position.create({ portfolioId, label: "Added later", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1" });
    expect((await alice.position.list({ portfolioId })).map((p) => p.label)).toEqual(["A", "B", "C", "Added later"]);
  });

  it("reports labels repeated in the file or already in the portfolio", async () => {
    const portfolioId = await newPortfolio("Duplicates");
    await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("Existing")) });
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("New"), row("Existing"), row("New")) });
    expect(result.errors).toEqual([
      { row: 3, column: "label", message: 'A position labelled "Existing" already exists in this portfolio' },
      { row: 4, column: "label", message: 'The label "New" is already used on row 2' },
    ]);
    expect(await count(portfolioId)).toEqual([1, 0]);
  });

  it("names an unknown column", async () => {
    const portfolioId = await newPortfolio("Unknown column");
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: `${HEADER},notes\n${row("A")},hello\n` });
    expect(result.errors).toEqual([{ row: 1, column: "notes", message: expect.stringMatching(/^Unknown column "notes"/) }]);
    expect(await count(portfolioId)).toEqual([0, 0]);
  });

  it("refuses a file over 5 MB with a clear message, and another user's portfolio with NOT_FOUND", async () => {
    const portfolioId = await newPortfolio("Limits");
    const big = csv(...Array.from({ length: 90_000 }, (_, i) => row(`Position number ${i}`)));
    await expect(alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: big })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
    expect(await codeOf(bob.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("X")) }))).toBe("NOT_FOUND");
    expect(await codeOf(bob.portfolio.export({ portfolioId, format: "json" }))).toBe("NOT_FOUND");
  });

  // Speed is measured by scripts/bench/import.ts, not asserted here.
  it("imports 10,000 rows in one call, in file order", async () => {
    const portfolioId = await newPortfolio("Ten thousand");
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(...Array.from({ length: 10_000 }, (_, i) => row(`P${i}`, `${i}.5`))) });
    expect(result).toMatchObject({ written: true, counts: { positions: 10_000 } });
    const positions = await alice.position.list({ portfolioId });
    expect(positions).toHaveLength(10_000);
    expect(positions[9_999]).toMatchObject({ label: "P9999", valueUsd: "9999.5", quantity: null, risks: [] });
    expect(positions.map((p) => p.label).slice(0, 3)).toEqual(["P0", "P1", "P2"]);
  });
});

describe("portfolio.importCsv — covers", () => {
  it("links positions by label and finds catalog products by slug", async () => {
    const portfolioId = await newPortfolio("Covers");
    await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("Aave USDC"), row("Lido; stETH")) });
    const covers = [
      "provider_slug,product_slug,product_name,coverage_type,amount_usd,starts_at,expires_at,positions",
      "nexus-mutual,protocol-cover,,protocol_exploit,1500,2026-01-01,2027-01-01,Aave USDC | Lido; stETH",
      ",,Depeg policy,depeg,500,2026-01-01,2027-01-01,Aave USDC",
    ].join("\n");
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "covers", csv: covers });
    expect(result).toMatchObject({ written: true, errors: [], counts: { positions: 0, covers: 2, links: 3 } });
    const [protocol, depeg] = await alice.cover.list({ portfolioId });
    const positions = await alice.position.list({ portfolioId });
    expect(protocol).toMatchObject({ providerSlug: "nexus-mutual", productName: "Protocol Cover", amountUsd: "1500" });
    expect(protocol?.positionIds.sort()).toEqual(positions.map((p) => p.id).sort());
    expect(depeg).toMatchObject({ productId: null, productName: "Depeg policy", positionIds: [positions[0]?.id] });
  });

  it("a cover naming an unknown position writes no cover at all", async () => {
    const portfolioId = await newPortfolio("Covers bad");
    await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("Aave USDC")) });
    const covers = "product_name,coverage_type,amount_usd,starts_at,expires_at,positions\nA,depeg,1,2026-01-01,2027-01-01,Aave USDC\nB,depeg,1,2026-01-01,2027-01-01,Ghost\n";
    const result = await alice.portfolio.importCsv({ portfolioId, kind: "covers", csv: covers });
    expect(result.errors).toEqual([{ row: 3, column: "positions", message: 'No position labelled "Ghost" in this portfolio' }]);
    expect(await count(portfolioId)).toEqual([1, 0]);
  });

  it("rolls back positions and covers together when the database refuses one row", async () => {
    const portfolioId = await newPortfolio("Rollback");
    await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: csv(row("Taken")) });
    const [p1, p2] = orderedIds(2) as [string, string];
    const [c1] = orderedIds(1) as [string];
    const position: NewPosition = { id: p1, label: "Fresh", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1", quantity: null, riskGrade: null, risks: [] };
    const cover: NewCover = { id: c1, productId: null, providerSlug: null, productSlug: null, productName: "C", coverageType: "depeg", amountUsd: "1", premiumUsd: null, deductible: null, startsAt: "2026-01-01", expiresAt: "2027-01-01", claimWindowDays: null, venues: [], chains: [], status: "held", positions: [] };
    const write = { positions: [position, { ...position, label: "Taken", id: p2 }], covers: [cover], links: [{ coverId: c1, positionId: p1 }] };
    await expect(new ImportRepository(tdb.prisma).insert(portfolioId, write, async () => undefined)).rejects.toBeDefined();
    expect(await count(portfolioId)).toEqual([1, 0]);
  });
});
