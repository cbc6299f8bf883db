import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "@/server/domain/import/limits";
import { ROWS_PER_STATEMENT } from "@/server/repositories/transaction-budget";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { holdDelete } from "@/tests/integration/held-write";

// The attack's file: 2 MB of covers with 300,000 links into a 20,000-position portfolio, within
// the documented limits. It used to fail with a 500 after Prisma's 5 s transaction timeout.

const POSITIONS = 20_000;
const COVERS = 10_000;
const LINKS_PER_COVER = 30;
const LINKS = COVERS * LINKS_PER_COVER;

const label = (i: number) => `p${i.toString(36)}`;
const positionsCsv = [
  "label,asset,asset_kind,chain,venue_kind,venue,value_usd",
  ...Array.from({ length: POSITIONS }, (_, i) => `${label(i)},USDC,stablecoin,ethereum,defi,aave-v3,1000`),
].join("\n");
/** Cover c links positions 30c … 30c+29 (mod 20,000); `extra` is linked by the last cover as well. */
const coversCsv = (covers = COVERS, extra?: string) => [
  "product_name,coverage_type,amount_usd,starts_at,expires_at,positions",
  ...Array.from({ length: covers }, (_, c) => {
    const labels = Array.from({ length: LINKS_PER_COVER }, (_, k) => label((c * LINKS_PER_COVER + k) % POSITIONS));
    if (extra && c === covers - 1) labels.push(extra);
    return `Cover ${c},protocol_exploit,500,2026-01-01,2027-01-01,${labels.join("|")}`;
  }),
].join("\n");

let tdb: TestDatabase;
let alice: Caller;
let portfolioId: string;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const linkCount = () => tdb.prisma.coverPosition.count({ where: { cover: { portfolioId } } });

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  portfolioId = (await alice.portfolio.create({ name: "Twenty thousand" })).id;
});
afterAll(() => tdb.drop());

describe("a covers import at the size of the limits", () => {
  it("300,000 links from a 2 MB file into 20,000 positions: written whole, exact counts", async () => {
    const file = coversCsv();
    expect(file.length).toBeGreaterThan(2_000_000);
    expect(file.length).toBeLessThan(MAX_IMPORT_CHARS);
    expect(COVERS).toBeLessThanOrEqual(MAX_IMPORT_ROWS);

    const positionsStarted = performance.now();
    const positions = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv: positionsCsv });
    expect(positions).toMatchObject({ written: true, errorCount: 0, counts: { positions: POSITIONS, covers: 0, links: 0 } });

    const positionsTook = seconds(positionsStarted);
    const coversStarted = performance.now();
    const covers = await alice.portfolio.importCsv({ portfolioId, kind: "covers", csv: file });
    console.info(`[import] ${POSITIONS} positions in ${positionsTook}; ${COVERS} covers with ${LINKS} links (${(file.length / 1e6).toFixed(2)} MB) in ${seconds(coversStarted)}`);
    expect(covers).toMatchObject({ written: true, errorCount: 0, counts: { positions: 0, covers: COVERS, links: LINKS } });
    expect(await tdb.prisma.position.count({ where: { portfolioId } })).toBe(POSITIONS);
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(COVERS);
    expect(await linkCount()).toBe(LINKS);
    const last = await tdb.prisma.cover.findFirstOrThrow({ where: { portfolioId, productName: `Cover ${COVERS - 1}` }, include: { positions: { include: { position: true } } } });
    expect(last.positions.map((p) => p.position.label).sort()).toEqual(
      Array.from({ length: LINKS_PER_COVER }, (_, k) => label(((COVERS - 1) * LINKS_PER_COVER + k) % POSITIONS)).sort(),
    );
  }, 120_000);

  // Links are written in chunks; a refusal in the last chunk must still undo every earlier one.
  it.runIf(inject("testDatabase").kind === "server")(
    "a position deleted while the last chunk of links is written: CONFLICT, and none of the covers is written",
    async () => {
      const covers = 2_000;
      expect(covers * LINKS_PER_COVER).toBeGreaterThan(ROWS_PER_STATEMENT);
      const extra = await alice.position.create({
        portfolioId, label: "Last", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1",
      });
      const before = [await tdb.prisma.cover.count({ where: { portfolioId } }), await linkCount()];
      const held = await holdDelete(tdb, "Position", extra.id);
      const call = alice.portfolio.importCsv({ portfolioId, kind: "covers", csv: coversCsv(covers, "Last") })
        .then(() => ({ code: "OK", message: "" }), (e: { code: string; message: string }) => ({ code: e.code, message: e.message }));
      await held.untilSomeoneWaits(30_000);
      await held.commit();
      const outcome = await call;
      expect(outcome.code).toBe("CONFLICT");
      expect(outcome.message).toMatch(/^A position the covers link to was deleted meanwhile/);
      expect([await tdb.prisma.cover.count({ where: { portfolioId } }), await linkCount()]).toEqual(before);
    },
    120_000,
  );
});
