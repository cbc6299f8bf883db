import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;
let owner: Caller;
let ownerId: string;
let editor: Caller;
let editorId: string;
let portfolioId: string;

const entries = (entity?: string) =>
  tdb.prisma.auditEntry.findMany({ where: { portfolioId, ...(entity ? { entity } : {}) }, orderBy: [{ at: "asc" }, { id: "asc" }] });

const position = { label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" } as const;

beforeAll(async () => {
  tdb = await createTestDatabase();
  ownerId = (await makeUser(tdb.prisma, "owner")).id;
  editorId = (await makeUser(tdb.prisma, "editor")).id;
  owner = callerFor(tdb.prisma, ownerId);
  editor = callerFor(tdb.prisma, editorId);
  portfolioId = (await owner.portfolio.create({ name: "Audited" })).id;
  await tdb.prisma.portfolioMember.create({ data: { portfolioId, userId: editorId, role: "editor" } });
});
afterAll(() => tdb.drop());

describe("the audit log is written with each write, in its transaction", () => {
  it("records who created, changed and deleted a position, field by field", async () => {
    expect((await entries("portfolio")).map((e) => [e.action, e.userId, e.changes])).toEqual([["create", ownerId, { name: [null, "Audited"] }]]);
    const created = await editor.position.create({ portfolioId, ...position });
    await editor.position.update({ id: created.id, valueUsd: "125000.50", label: "Aave USDC (main)" });
    await editor.position.update({ id: created.id, valueUsd: "125000.50" }); // no change: no entry
    await owner.position.delete({ id: created.id });
    const rows = await entries("position");
    expect(rows.map((e) => [e.action, e.userId, e.entityId])).toEqual([
      ["create", editorId, created.id], ["update", editorId, created.id], ["delete", ownerId, created.id],
    ]);
    expect(rows[0]!.changes).toMatchObject({ label: [null, "Aave USDC"], valueUsd: [null, "100000"], venue: [null, "aave-v3"] });
    expect(rows[1]!.changes).toEqual({ label: ["Aave USDC", "Aave USDC (main)"], valueUsd: ["100000", "125000.5"] });
    expect(rows[2]!.changes).toMatchObject({ label: ["Aave USDC (main)", null] });
  });

  it("a write that fails leaves no entry: a duplicate label, a cover on a foreign position, a quote on a missing product", async () => {
    const kept = await owner.position.create({ portfolioId, ...position, label: "Kept" });
    const before = (await entries()).length;
    expect(await codeOf(editor.position.create({ portfolioId, ...position, label: "Kept" }))).toBe("CONFLICT");
    expect(await codeOf(editor.position.update({ id: kept.id, label: "Kept" }))).toBe("OK"); // unchanged: no entry either
    expect(await codeOf(editor.cover.create({ portfolioId, productName: "Cover", coverageType: "protocol_exploit", amountUsd: "1000", startsAt: "2026-01-01", expiresAt: "2026-12-31", positionIds: ["not-a-position"] }))).not.toBe("OK");
    expect(await codeOf(editor.quote.create({ portfolioId, productId: "no-such-product", ratePct: "2", quotedAt: "2026-11-01" }))).toBe("BAD_REQUEST");
    expect((await entries()).length).toBe(before);
  });

  it("records covers with their links, acknowledgements, imports and renames", async () => {
    const p = await owner.position.create({ portfolioId, ...position, label: "Linked" });
    const cover = await editor.cover.create({ portfolioId, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "50000", startsAt: "2026-01-01", expiresAt: "2026-12-31", positionIds: [p.id] });
    await editor.cover.update({ id: cover.id, amountUsd: "60000" });
    const coverRows = await entries("cover");
    expect(coverRows.map((e) => e.action)).toEqual(["create", "update"]);
    expect(coverRows[0]!.changes).toMatchObject({ amountUsd: [null, "50000"], positionIds: [null, [p.id]] });
    expect(coverRows[1]!.changes).toEqual({ amountUsd: ["50000", "60000"] });

    const key = `${portfolioId}:${p.id}:uninsured`;
    await editor.alert.acknowledge({ key, until: "2099-01-01" });
    await editor.alert.unacknowledge({ key });
    expect((await entries("alert")).map((e) => [e.action, e.entityId, e.changes])).toEqual([
      ["acknowledge", key, { until: [null, "2099-01-01"] }], ["unacknowledge", key, { until: ["2099-01-01", null] }],
    ]);

    await editor.portfolio.importCsv({ portfolioId, kind: "positions", csv: "label,asset,asset_kind,chain,venue_kind,venue,value_usd\nImported,ETH,native,ethereum,wallet,ledger,10\n" });
    expect((await entries()).filter((e) => e.action === "import").map((e) => e.changes)).toEqual([{ kind: [null, "positions"], positions: [null, 1], covers: [null, 0], links: [null, 0] }]);

    await owner.portfolio.update({ id: portfolioId, name: "Audited treasury" });
    expect((await entries("portfolio")).at(-1)).toMatchObject({ action: "rename", changes: { name: ["Audited", "Audited treasury"] } });
  });

  it("an acknowledgement is the team's: the editor's hides the alert for the owner too", async () => {
    const p = await owner.position.create({ portfolioId, ...position, label: "Team alert" });
    const key = `${portfolioId}:${p.id}:uninsured`;
    await editor.alert.acknowledge({ key, until: "2099-01-01" });
    const list = await owner.alert.list({ portfolioId, includeAcknowledged: true });
    const all = list.groups.flatMap((g) => g.alerts);
    expect(all.find((a) => a.key === key)?.acknowledgedUntil).toBe("2099-01-01");
  });
});
