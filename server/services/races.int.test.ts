import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";

// Races fired the way the attack was made: parallel calls through tRPC callers, many trials.
// Whatever interleaving each trial gets, no answer may be INTERNAL_SERVER_ERROR and the database
// must be left whole.

let tdb: TestDatabase;
let alice: Caller;
let n = 0;

const TRIALS = 10;
const position = (label: string) => ({
  label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "1000",
}) as const;
const coverFields = { productName: "Cover", coverageType: "protocol_exploit", amountUsd: "500", startsAt: "2026-01-01", expiresAt: "2027-01-01" } as const;

type Outcome = { code: string; message: string };
const settle = (call: Promise<unknown>): Promise<Outcome> =>
  call.then(() => ({ code: "OK", message: "" }), (e: { code?: string; message?: string }) => ({ code: e.code ?? "UNKNOWN", message: e.message ?? "" }));
const later = <T>(ms: number, start: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => start().then(resolve, reject), ms));

async function portfolioWithCover() {
  n += 1;
  const portfolioId = (await alice.portfolio.create({ name: `Race ${n}` })).id;
  const kept = await alice.position.create({ portfolioId, ...position("Kept") });
  const doomed = await alice.position.create({ portfolioId, ...position("Doomed") });
  const cover = await alice.cover.create({ portfolioId, ...coverFields, positionIds: [kept.id] });
  return { portfolioId, keptId: kept.id, doomedId: doomed.id, coverId: cover.id };
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
});
afterAll(() => tdb.drop());

describe("parallel deletes of one record", () => {
  it("four parallel position.delete: one succeeds, the others are NOT_FOUND, in every trial", async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { doomedId } = await portfolioWithCover();
      const outcomes = await Promise.all([0, 1, 2, 3].map(() => settle(alice.position.delete({ id: doomedId }))));
      expect(outcomes.map((o) => o.code).sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "OK"]);
      expect(outcomes.filter((o) => o.code === "NOT_FOUND").map((o) => o.message)).toEqual(Array(3).fill("Position not found"));
    }
  });

  it("four parallel cover.delete and portfolio.delete: one succeeds, the others are NOT_FOUND", async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { portfolioId, coverId } = await portfolioWithCover();
      const covers = await Promise.all([0, 1, 2, 3].map(() => settle(alice.cover.delete({ id: coverId }))));
      expect(covers.map((o) => o.code).sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "OK"]);
      const portfolios = await Promise.all([0, 1, 2, 3].map(() => settle(alice.portfolio.delete({ id: portfolioId }))));
      expect(portfolios.map((o) => o.code).sort()).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "OK"]);
      expect(await tdb.prisma.position.count({ where: { portfolioId } })).toBe(0);
    }
  });
});

describe("a delete racing a write that needs the row", () => {
  it("position.delete racing cover.update that links it: OK, NOT_FOUND or CONFLICT naming the position; never a half-written cover", async () => {
    const seen = new Set<string>();
    for (let trial = 0; trial < 2 * TRIALS; trial++) {
      const { keptId, doomedId, coverId } = await portfolioWithCover();
      // Stagger the delete by 0–9 ms so that it lands before, during and after the update's checks and write.
      const [update, del] = await Promise.all([
        settle(alice.cover.update({ id: coverId, amountUsd: "750", positionIds: [keptId, doomedId] })),
        later(trial % 10, () => settle(alice.position.delete({ id: doomedId }))),
      ]);
      seen.add(`update ${update.code}, delete ${del.code}`);
      expect(["OK", "CONFLICT"]).toContain(update.code);
      if (update.code === "CONFLICT") expect(update.message).toMatch(/^(A linked position was deleted meanwhile|Another change to the same records)/);
      expect(["OK", "CONFLICT"]).toContain(del.code);

      const cover = await tdb.prisma.cover.findUniqueOrThrow({ where: { id: coverId }, include: { positions: true } });
      const links = cover.positions.map((p) => p.positionId).sort();
      const doomedLeft = await tdb.prisma.position.count({ where: { id: doomedId } });
      expect(doomedLeft).toBe(del.code === "OK" ? 0 : 1);
      // All or nothing: the new amount comes with the new links (less the deleted one), the old amount with the old link.
      if (update.code === "OK") {
        expect(cover.amountUsd.toString()).toBe("750");
        expect(links).toEqual((doomedLeft ? [keptId, doomedId] : [keptId]).sort());
      } else {
        expect(cover.amountUsd.toString()).toBe("500");
        expect(links).toEqual([keptId]);
      }
    }
    console.info(`[races] delete vs cover.update outcomes: ${[...seen].join("; ")}`);
  });

  it("portfolio.delete racing position.create and cover.create in it: OK or NOT_FOUND; nothing left behind", async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { portfolioId, keptId } = await portfolioWithCover();
      const outcomes = await Promise.all([
        later(trial % 5, () => settle(alice.portfolio.delete({ id: portfolioId }))),
        settle(alice.position.create({ portfolioId, ...position(`New ${trial}`) })),
        settle(alice.cover.create({ portfolioId, ...coverFields, positionIds: [keptId] })),
      ]);
      expect(outcomes[0]!.code).toBe("OK");
      for (const o of outcomes.slice(1)) {
        expect(["OK", "NOT_FOUND", "CONFLICT"]).toContain(o.code);
        if (o.code !== "OK") expect(o.message).toMatch(/^(Portfolio not found|A linked position was deleted meanwhile)/);
      }
      expect(await tdb.prisma.position.count({ where: { portfolioId } })).toBe(0);
      expect(await tdb.prisma.cover.count({ where: { portfolioId } })).toBe(0);
    }
  });

  it("position.update and alert.acknowledge racing position.delete: OK or NOT_FOUND; no acknowledgement of a deleted position", async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { portfolioId, doomedId } = await portfolioWithCover();
      const key = `${portfolioId}:${doomedId}:under_insured`;
      const outcomes = await Promise.all([
        later(trial % 5, () => settle(alice.position.delete({ id: doomedId }))),
        settle(alice.position.update({ id: doomedId, valueUsd: "2000" })),
        ...[0, 1, 2].map(() => settle(alice.alert.acknowledge({ key, until: "2099-01-01" }))),
      ]);
      expect(outcomes[0]!.code).toBe("OK");
      expect(["OK", "NOT_FOUND"]).toContain(outcomes[1]!.code);
      for (const o of outcomes.slice(2)) {
        expect(["OK", "NOT_FOUND"]).toContain(o.code);
        if (o.code === "NOT_FOUND") expect(o.message).toBe("Alert not found");
      }
      expect(await tdb.prisma.alertAck.count({ where: { alertKey: key } })).toBe(0);
    }
  });
});
