import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf, makeUser, type Caller } from "@/tests/integration/callers";

let tdb: TestDatabase;
let alice: Caller;
let bob: Caller;
let portfolioId: string;
let curveId: string;

const day = (d: string) => new Date(`${d}T00:00:00Z`);

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "alice")).id);
  bob = callerFor(tdb.prisma, (await makeUser(tdb.prisma, "bob")).id);
  const incident = { chains: ["ethereum"], kind: "protocol_exploit" as const, sourceLabel: "DeFiHackLabs (Apache-2.0)", asOf: "2026-08-22" };
  await tdb.prisma.incident.createMany({ data: [
    { id: "dhl-20230730-curve", date: day("2023-07-30"), venueName: "Curve", venueSlug: "curve-dex", lossUsd: "41000000", ...incident },
    { id: "other-chain", date: day("2023-07-29"), venueName: "Curve", venueSlug: "curve-dex", ...incident, chains: ["arbitrum"] },
    { id: "unresolved", date: day("2023-07-28"), venueName: "Curve", venueSlug: null, ...incident },
    { id: "too-old", date: day("2023-01-02"), venueName: "Curve", venueSlug: "curve-dex", ...incident },
  ] });
  portfolioId = (await alice.portfolio.create({ name: "Curve LP" })).id;
  const position = { portfolioId, asset: "crvUSD", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "curve-dex" } as const;
  curveId = (await alice.position.create({ ...position, label: "Curve crvUSD pool", valueUsd: "100000" })).id;
  await alice.position.create({ ...position, label: "Curve on Arbitrum", chain: "arbitrum", valueUsd: "5000" });
  // Counted on the incident day: 2023-01-01 to 2023-12-31, 35 days to claim after it ends.
  await alice.cover.create({
    portfolioId, productName: "Protocol cover", providerSlug: "nexus-mutual", coverageType: "protocol_exploit", amountUsd: "60000",
    startsAt: "2023-01-01", expiresAt: "2023-12-31", claimWindowDays: 35, positionIds: [curveId],
  });
  // Ended before the incident: did not count.
  await alice.cover.create({
    portfolioId, productName: "Lapsed cover", coverageType: "protocol_exploit", amountUsd: "10000",
    startsAt: "2022-07-01", expiresAt: "2023-07-01", claimWindowDays: 30, positionIds: [curveId],
  });
});
afterAll(() => tdb.drop());

describe("incident.forPortfolio", () => {
  it("finds the Curve exploit of 30 July 2023 on the Ethereum position, sized that day, with the last day to file", async () => {
    const impact = await alice.incident.forPortfolio({ portfolioId, asOf: "2023-08-05", lookbackDays: 30 });
    // The resolved incidents in the window that hit a position: not the unresolved one, not January's.
    expect(impact.incidents.map((i) => i.incident.id)).toEqual(["dhl-20230730-curve", "other-chain"]);
    const curve = impact.incidents[0]!;
    expect(curve.positions.map((p) => p.label)).toEqual(["Curve crvUSD pool"]);
    const [position] = curve.positions;
    // Figures equal the summary's on the incident day.
    const then = await alice.portfolio.summary({ portfolioId, asOf: "2023-07-30" });
    const risk = then.positions.find((p) => p.id === curveId)!.risks.find((r) => r.risk === "protocol_exploit")!;
    expect(position).toMatchObject({ exposureUsd: risk.exposureUsd, insuredUsd: risk.insuredUsd, uninsuredUsd: risk.uninsuredUsd });
    expect(position!.insuredUsd).toBe("60000.00");
    // The lapsed cover did not count that day; the one that did: 2023-12-31 + 35 days = 2024-02-04, 183 days after 2023-08-05.
    expect(position!.covers).toHaveLength(1);
    expect(position!.covers[0]).toMatchObject({ name: "Protocol cover", paysUsd: "60000.00", lastDayToFile: "2024-02-04", daysLeft: 183, claimWindowDays: 35 });
    expect(position!.covers[0]!.evidence[0]).toBe("The affected addresses and the chain they are on");
    // The Arbitrum incident hits the Arbitrum position only.
    expect(impact.incidents[1]!.positions.map((p) => p.label)).toEqual(["Curve on Arbitrum"]);
  });

  it("looks back only as far as asked", async () => {
    // 2023-08-05 − 6 days = 2023-07-30: the Curve exploit is in, the Arbitrum one of the 29th is not.
    const impact = await alice.incident.forPortfolio({ portfolioId, asOf: "2023-08-05", lookbackDays: 6 });
    expect(impact.incidents.map((i) => i.incident.id)).toEqual(["dhl-20230730-curve"]);
  });

  it("is the owner's only: another user gets NOT_FOUND; bad input names its field", async () => {
    expect(await codeOf(bob.incident.forPortfolio({ portfolioId }))).toBe("NOT_FOUND");
    expect(await codeOf(alice.incident.forPortfolio({ portfolioId, lookbackDays: 0 }))).toBe("BAD_REQUEST");
  });
});

describe("incident.list and incident.forPortfolio refuse bad input, naming the field", () => {
  it("unknown chain or kind, a range backwards, a look-back outside 1–3,650 days", async () => {
    const anonymous = callerFor(tdb.prisma, null);
    const refused = async (call: Promise<unknown>) => call.then(() => null, (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }));
    for (const [input, field] of [
      [{ chain: "mars" }, /chain[\s\S]*Unknown chain/],
      [{ kind: "meteor" }, /kind/],
      [{ from: "2023-08-01", to: "2023-07-01" }, /to[\s\S]*on or after the start date/],
    ] as const) {
      const e = await refused(anonymous.incident.list(input as never));
      expect(e?.code, JSON.stringify(input)).toBe("BAD_REQUEST");
      expect(e?.message, JSON.stringify(input)).toMatch(field);
    }
    for (const lookbackDays of [0, 3651]) {
      const e = await refused(alice.incident.forPortfolio({ portfolioId, lookbackDays }));
      expect(e).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/lookbackDays/) });
    }
  });
});

describe("incident.forPortfolio sizes only what the incident touched, exactly", () => {
  it("a cover shared with a position the incident did not hit still splits as in the full sizing", async () => {
    const id = (await alice.portfolio.create({ name: "Shared cover" })).id;
    const base = { portfolioId: id, asset: "USDC", assetKind: "stablecoin", venueKind: "defi" } as const;
    const curve = (await alice.position.create({ ...base, label: "Curve USDC", chain: "ethereum", venue: "curve-dex", valueUsd: "70000" })).id;
    const aave = (await alice.position.create({ ...base, label: "Aave USDC", chain: "ethereum", venue: "aave-v3", valueUsd: "50000" })).id;
    await alice.position.create({ ...base, label: "Unrelated", chain: "ethereum", venue: "compound-v3", valueUsd: "10000" });
    // One protocol cover of $90,000 over both Curve and Aave: the sizing splits it between them.
    await alice.cover.create({
      portfolioId: id, productName: "Shared protocol cover", coverageType: "protocol_exploit", amountUsd: "90000",
      startsAt: "2023-01-01", expiresAt: "2023-12-31", claimWindowDays: 30, positionIds: [curve, aave],
    });
    const impact = await alice.incident.forPortfolio({ portfolioId: id, asOf: "2023-08-05", lookbackDays: 30 });
    const hit = impact.incidents.find((i) => i.incident.id === "dhl-20230730-curve")!;
    const full = await alice.portfolio.summary({ portfolioId: id, asOf: "2023-07-30" });
    const risk = full.positions.find((p) => p.id === curve)!.risks.find((r) => r.risk === "protocol_exploit")!;
    expect(hit.positions[0]).toMatchObject({ positionId: curve, exposureUsd: risk.exposureUsd, insuredUsd: risk.insuredUsd, uninsuredUsd: risk.uninsuredUsd });
    expect(hit.positions[0]!.covers[0]!.paysUsd).toBe(risk.covers[0]!.payUsd);
  });
});
