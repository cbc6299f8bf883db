import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedCatalog } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { holdDelete, holdWrite } from "@/tests/integration/held-write";

// The worst interleaving, made certain: every check of the call has passed, then the row it links
// to is deleted before its write commits. Timing-based trials are in races.int.test.ts.
// Holding a row lock across connections needs a PostgreSQL server (PGlite has a single session).
const onServer = inject("testDatabase").kind === "server";

let tdb: TestDatabase;
let alice: Caller;
let n = 0;

const position = (label: string) => ({
  label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000",
}) as const;
const coverFields = { productName: "Cover", coverageType: "protocol_exploit", amountUsd: "500", startsAt: "2026-01-01", expiresAt: "2027-01-01" } as const;

type Outcome = { code: string; message: string };
const settle = (call: Promise<unknown>): Promise<Outcome> =>
  call.then(() => ({ code: "OK", message: "" }), (e: { code?: string; message?: string }) => ({ code: e.code ?? "UNKNOWN", message: e.message ?? "" }));

/** Starts `call` while `table` row `id` is being deleted, lets the delete commit once the call waits for it. */
async function deletedDuring(table: string, id: string, call: () => Promise<unknown>): Promise<Outcome> {
  const held = await holdDelete(tdb, table, id);
  const outcome = settle(call());
  await held.untilSomeoneWaits();
  await held.commit();
  return outcome;
}

async function portfolio() {
  n += 1;
  const portfolioId = (await alice.portfolio.create({ name: `Interleaved ${n}` })).id;
  const kept = await alice.position.create({ portfolioId, ...position("Kept") });
  const doomed = await alice.position.create({ portfolioId, ...position("Doomed") });
  return { portfolioId, keptId: kept.id, doomedId: doomed.id };
}

const linksOf = async (coverId: string) =>
  (await tdb.prisma.coverPosition.findMany({ where: { coverId }, select: { positionId: true } })).map((l) => l.positionId);

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedCatalog(tdb.prisma);
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
});
afterAll(() => tdb.drop());

describe.runIf(onServer)("a linked row deleted after the checks, before the write commits", () => {
  it("cover.update: CONFLICT naming the position; the cover keeps its amount and links", async () => {
    const { portfolioId, keptId, doomedId } = await portfolio();
    const cover = await alice.cover.create({ portfolioId, ...coverFields, positionIds: [keptId] });
    const outcome = await deletedDuring("Position", doomedId, () => alice.cover.update({ id: cover.id, amountUsd: "750", positionIds: [keptId, doomedId] }));
    expect(outcome).toEqual({ code: "CONFLICT", message: "A linked position was deleted meanwhile: nothing was saved. Reload and try again." });
    expect(await alice.cover.get({ id: cover.id })).toMatchObject({ amountUsd: "500", positionIds: [keptId] });
  });

  it("cover.create: CONFLICT naming the position; no cover written", async () => {
    const { portfolioId, keptId, doomedId } = await portfolio();
    const outcome = await deletedDuring("Position", doomedId, () => alice.cover.create({ portfolioId, ...coverFields, positionIds: [keptId, doomedId] }));
    expect(outcome.code).toBe("CONFLICT");
    expect(outcome.message).toMatch(/^A linked position was deleted meanwhile/);
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
  });

  it("position.create and cover.create in a portfolio deleted meanwhile: NOT_FOUND Portfolio", async () => {
    const { portfolioId } = await portfolio();
    const outcome = await deletedDuring("Portfolio", portfolioId, () => alice.position.create({ portfolioId, ...position("Late") }));
    expect(outcome).toEqual({ code: "NOT_FOUND", message: "Portfolio not found" });
    const other = await portfolio();
    const cover = await deletedDuring("Portfolio", other.portfolioId, () => alice.cover.create({ portfolioId: other.portfolioId, ...coverFields, positionIds: [] }));
    expect(cover).toEqual({ code: "NOT_FOUND", message: "Portfolio not found" });
    expect(await tdb.prisma.position.count({ where: { portfolioId: { in: [portfolioId, other.portfolioId] } } })).toBe(0);
  });

  it("alert.acknowledge of an alert whose position is deleted meanwhile: NOT_FOUND Alert, no acknowledgement", async () => {
    const { portfolioId, doomedId } = await portfolio();
    const key = `${portfolioId}:${doomedId}:under_insured`;
    const outcome = await deletedDuring("Position", doomedId, () => alice.alert.acknowledge({ key, until: "2099-01-01" }));
    expect(outcome).toEqual({ code: "NOT_FOUND", message: "Alert not found" });
    expect(await tdb.prisma.alertAck.count({ where: { alertKey: key } })).toBe(0);
  });

  it("recommendation.applySuggestions: CONFLICT naming the position; no draft written", async () => {
    const { portfolioId, keptId, doomedId } = await portfolio();
    const product = await tdb.prisma.coverProduct.findFirstOrThrow({ where: { slug: "protocol-cover", provider: { slug: "nexus-mutual" } } });
    const items = [keptId, doomedId].map((positionId) => ({ positionId, productId: product.id, amountUsd: "80000" }));
    const outcome = await deletedDuring("Position", doomedId, () => alice.recommendation.applySuggestions({ portfolioId, items }));
    expect(outcome.code).toBe("CONFLICT");
    expect(outcome.message).toMatch(/^A suggested position was deleted meanwhile/);
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
  });

  it("a covers import linking a position deleted meanwhile: CONFLICT naming it; nothing imported", async () => {
    const { portfolioId } = await portfolio();
    const doomed = await tdb.prisma.position.findFirstOrThrow({ where: { portfolioId, label: "Doomed" } });
    const csv = "product_name,coverage_type,amount_usd,starts_at,expires_at,positions\n"
      + "A,depeg,1,2026-01-01,2027-01-01,Kept\nB,depeg,1,2026-01-01,2027-01-01,Kept | Doomed\n";
    const outcome = await deletedDuring("Position", doomed.id, () => alice.portfolio.importCsv({ portfolioId, kind: "covers", csv }));
    expect(outcome.code).toBe("CONFLICT");
    expect(outcome.message).toMatch(/^A position the covers link to was deleted meanwhile/);
    expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
  });

  it("a positions import whose label another request inserts meanwhile: CONFLICT, nothing imported", async () => {
    const { portfolioId } = await portfolio();
    const held = await holdWrite(tdb, `INSERT INTO "Position" (id, "portfolioId", label, asset, "assetKind", chain, "venueKind", venue, "valueUsd", risks, "updatedAt")
      VALUES ('held-position', $1, 'Twin', 'ETH', 'native', 'ethereum', 'wallet', 'ledger', 1, '{}', now())`, [portfolioId]);
    const csv = "label,asset,asset_kind,chain,venue_kind,venue,value_usd\nFresh,USDC,stablecoin,ethereum,defi,aave-v3,1\nTwin,USDC,stablecoin,ethereum,defi,aave-v3,1\n";
    const outcome = settle(alice.portfolio.importCsv({ portfolioId, kind: "positions", csv }));
    await held.untilSomeoneWaits();
    await held.commit();
    expect(await outcome).toEqual({ code: "CONFLICT", message: "A position with one of these labels was added meanwhile: nothing was imported, please try again" });
    expect((await alice.position.list({ portfolioId })).map((p) => p.label).sort()).toEqual(["Doomed", "Kept", "Twin"]);
  });

  it("settings.update of an account deleted meanwhile: NOT_FOUND", async () => {
    const leaving = await makeUser(tdb.prisma, "leaving");
    const outcome = await deletedDuring("User", leaving.id, () => callerFor(tdb.prisma, leaving.id).settings.update({ kycOk: false }));
    expect(outcome).toEqual({ code: "NOT_FOUND", message: "User not found" });
  });

  it("cover.update of a cover deleted meanwhile: NOT_FOUND Cover", async () => {
    const { portfolioId, keptId } = await portfolio();
    const cover = await alice.cover.create({ portfolioId, ...coverFields, positionIds: [keptId] });
    const outcome = await deletedDuring("Cover", cover.id, () => alice.cover.update({ id: cover.id, amountUsd: "750" }));
    expect(outcome).toEqual({ code: "NOT_FOUND", message: "Cover not found" });
    expect(await linksOf(cover.id)).toEqual([]);
  });
});
