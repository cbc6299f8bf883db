import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";

let tdb: TestDatabase;
let alice: Caller;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedVenues(tdb.prisma);
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
});
afterAll(() => tdb.drop());

const HEADER = "label,asset,asset_kind,chain,venue_kind,venue,value_usd";

describe("importing positions named as people name venues", () => {
  it('"Aave V3", "aave v3" and "Curve" become catalog slugs; an unknown venue is kept with a warning; the import succeeds', async () => {
    const { id: portfolioId } = await alice.portfolio.create({ name: "Named venues" });
    const csv = [HEADER, "A,USDC,stablecoin,ethereum,defi,Aave V3,1000", "B,USDC,stablecoin,arbitrum,defi,aave v3,2000",
      "C,USDC,stablecoin,ethereum,defi,Curve,3000", "D,ETH,native,ethereum,defi,Our Own Vault,4000", "E,USDC,stablecoin,ethereum,,Kraken,5000"].join("\n");
    const preview = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv, dryRun: true });
    expect(preview).toMatchObject({ errorCount: 0, warningCount: 1, written: false });
    expect(preview.warnings).toEqual([{ row: 5, column: "venue", message: '"Our Own Vault" is not in the venue catalog: imported as the unlisted venue "our-own-vault"' }]);

    expect(await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv })).toMatchObject({ written: true, counts: { positions: 5 } });
    const stored = await tdb.prisma.position.findMany({ where: { portfolioId }, orderBy: { label: "asc" }, select: { venue: true, venueKind: true } });
    expect(stored).toEqual([
      { venue: "aave-v3", venueKind: "defi" }, { venue: "aave-v3", venueKind: "defi" }, { venue: "curve-dex", venueKind: "defi" },
      { venue: "our-own-vault", venueKind: "defi" }, { venue: "kraken", venueKind: "cex" },
    ]);

    const exported = await alice.portfolio.export({ portfolioId, format: "csv", kind: "positions" });
    const lines = exported.content.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toContain("chain,chain_name,venue_kind,venue,venue_name");
    expect(lines.find((l) => l.startsWith("B,"))).toContain("arbitrum,Arbitrum,defi,aave-v3,Aave V3,");
    expect(lines.find((l) => l.startsWith("D,"))).toContain("our-own-vault,our-own-vault (unlisted),");
  });
});
