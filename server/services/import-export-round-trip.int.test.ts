import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import type { TSummary } from "@/lib/schemas/summary";

let tdb: TestDatabase;
let alice: Caller;
let original: string;
const AS_OF = "2026-06-01";

const position = (label: string, patch: Record<string, unknown> = {}) => ({
  label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100", ...patch,
}) as const;

/** A portfolio with every field the formats carry, awkward labels, ties and every cover status. */
async function buildPortfolio(): Promise<string> {
  const portfolioId = (await alice.portfolio.create({ name: "Original treasury", description: "Round trip" })).id;
  const add = (label: string, patch: Record<string, unknown> = {}) =>
    alice.position.create({ portfolioId, ...position(label, patch) } as never).then((p) => p.id);
  const aave = await add("Aave USDC", { valueUsd: "1000000", riskGrade: "B" });
  const lido = await add("Lido stETH", { asset: "stETH", assetKind: "lst", venue: "lido", valueUsd: "500000.5", quantity: "180.25" });
  const coinbase = await add("Coinbase ETH", { asset: "ETH", assetKind: "native", venueKind: "cex", venue: "coinbase", valueUsd: "250000" });
  const formula = await add("=SUM(A1)", { venueKind: "wallet", venue: "ledger", valueUsd: "1000" });
  const tresor = await add('Trésor 金库, "main"', { venueKind: "custodian", venue: "bitgo", valueUsd: "75000", risks: ["custody_theft", "depeg"] });
  const tieA = await add("Equal A");
  const tieB = await add("Equal B");
  const product = await tdb.prisma.coverProduct.findFirstOrThrow({ select: { id: true } });
  const cover = (patch: Record<string, unknown>) => alice.cover.create({
    portfolioId, coverageType: "protocol_exploit", amountUsd: "1000", startsAt: "2026-01-01", expiresAt: "2027-01-01", positionIds: [], ...patch,
  } as never);
  await cover({ productId: product.id, amountUsd: "800000", positionIds: [aave, lido] });
  await cover({ providerSlug: "coinbase-custody", productName: "Exchange crime policy", coverageType: "custody_theft", amountUsd: "200000",
    premiumUsd: "1200.5", deductible: { kind: "fixed_usd", value: "5000" }, claimWindowDays: 30, venues: ["coinbase"],
    startsAt: "2025-06-01", expiresAt: "2026-05-20", positionIds: [coinbase] });
  await cover({ productName: "Depeg draft", coverageType: "depeg", amountUsd: "50000", deductible: { kind: "pct_of_loss", value: "10" },
    status: "draft", chains: ["ethereum", "base"], positionIds: [aave, tresor] });
  // Same expiry as the first: their order must survive. 100.01 over two equal exposures leaves a cent to break by id.
  await cover({ productName: "Tie cover", amountUsd: "100.01", positionIds: [tieA, tieB] });
  await cover({ productName: "Unlinked wallet cover", coverageType: "custody_theft", amountUsd: "10", startsAt: "2026-07-01", expiresAt: "2026-08-01", positionIds: [formula] });
  return portfolioId;
}

/** Ids differ between portfolios: positions are named by label, covers by their place in the list. */
function comparable(s: TSummary): unknown {
  const names = new Map<string, string>([
    ...s.positions.map((p) => [p.id, `position:${p.label}`] as const),
    ...s.covers.map((c, i) => [c.id, `cover#${i}`] as const),
  ]);
  const json = JSON.stringify({ ...s, portfolio: null }, (key, value: unknown) => {
    if (typeof value === "string" && names.has(value)) return names.get(value);
    if (key === "positionIds" && Array.isArray(value)) return value.map((id: string) => names.get(id) ?? id).sort();
    return value;
  });
  return JSON.parse(json);
}

const summaryOf = (portfolioId: string) => alice.portfolio.summary({ portfolioId, asOf: AS_OF, includeDrafts: true });

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  await tdb.prisma.provider.create({
    data: {
      slug: "nexus-mutual", name: "Nexus Mutual", facts: {},
      products: { create: { slug: "protocol-cover", name: "Protocol Cover", coverageType: "protocol_exploit", claimWindowDays: 35 } },
    },
  });
  original = await buildPortfolio();
});
afterAll(() => tdb.drop());

describe("importing an export into an empty portfolio reproduces the portfolio", () => {
  it("CSV: positions file then covers file", async () => {
    const positions = await alice.portfolio.export({ portfolioId: original, format: "csv", kind: "positions" });
    const covers = await alice.portfolio.export({ portfolioId: original, format: "csv", kind: "covers" });
    expect(positions).toMatchObject({ filename: expect.stringMatching(/^original-treasury-\d{4}-\d{2}-\d{2}-positions\.csv$/), contentType: "text/csv; charset=utf-8" });
    expect(positions.content).toContain("'=SUM(A1)");

    const copy = (await alice.portfolio.create({ name: "CSV copy" })).id;
    expect(await alice.portfolio.importCsv({ portfolioId: copy, kind: "positions", csv: positions.content })).toMatchObject({ written: true, errors: [] });
    expect(await alice.portfolio.importCsv({ portfolioId: copy, kind: "covers", csv: covers.content })).toMatchObject({ written: true, errors: [] });

    expect(comparable(await summaryOf(copy))).toEqual(comparable(await summaryOf(original)));
    expect((await alice.portfolio.export({ portfolioId: copy, format: "csv", kind: "covers" })).content).toBe(covers.content);
    expect((await alice.portfolio.export({ portfolioId: copy, format: "csv", kind: "positions" })).content).toBe(positions.content);
  });

  it("JSON: positions, covers and links in one file and one transaction", async () => {
    const json = await alice.portfolio.export({ portfolioId: original, format: "json" });
    expect(json.contentType).toBe("application/json");
    const doc = JSON.parse(json.content) as { positions: unknown[]; covers: { positions: string[] }[] };
    expect(doc).toMatchObject({ format: "coverdesk.portfolio", version: 1, portfolio: { name: "Original treasury", description: "Round trip" } });
    expect(doc.positions).toHaveLength(7);
    expect(doc.covers.map((c) => c.positions)).toContainEqual(["Aave USDC", 'Trésor 金库, "main"']);

    const copy = (await alice.portfolio.create({ name: "JSON copy" })).id;
    const result = await alice.portfolio.importCsv({ portfolioId: copy, kind: "json", csv: json.content });
    expect(result).toMatchObject({ written: true, errors: [], counts: { positions: 7, covers: 5, links: 8 } });
    expect(comparable(await summaryOf(copy))).toEqual(comparable(await summaryOf(original)));
  });
});
