// incident.list against a real database: filters, keyset paging, a bad cursor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { upsertIncidents } from "@/prisma/seed-data/seed-incidents";
import type { IncidentRow } from "@/server/domain/incidents/incident-row";
import { callerFor, type Caller, codeOf } from "@/tests/integration/callers";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";

let tdb: TestDatabase;
let anon: Caller;

const base: Omit<IncidentRow, "id" | "date" | "venueName" | "venueSlug" | "chains"> = {
  kind: "protocol_exploit", lossUsd: null, lossText: null, rootCause: "reentrancy", references: [], sourceLabel: "DeFiHackLabs (Apache-2.0)",
  sourceUrl: "https://github.com/SunWeb3Sec/DeFiHackLabs", sourceLicense: "Apache-2.0", asOf: "2026-08-22",
};
const row = (id: string, date: string, venueName: string, venueSlug: string | null, chains: string[], extra: Partial<IncidentRow> = {}): IncidentRow =>
  ({ ...base, id, date, venueName, venueSlug, chains, ...extra });

const ROWS: IncidentRow[] = [
  row("t-aave-v3", "2024-05-01", "Aave V3", "aave-v3", ["ethereum"], { lossUsd: "1500000.00" }),
  row("t-aave-v2", "2023-01-10", "Aave V2", "aave-v2", ["polygon"]),
  row("t-aave", "2022-03-03", "AAVE", "aave", ["ethereum", "avalanche"]),
  row("t-curve", "2023-07-30", "Curve", "curve-dex", ["ethereum"], { kind: "oracle", rootCause: "100% price manipulation" }),
  row("t-halt-a", "2022-11-11", "FTX", null, [], { kind: "exchange_halt", rootCause: "withdrawals halted" }),
  row("t-halt-b", "2022-11-11", "FTX US", null, [], { kind: "exchange_halt", rootCause: "withdrawals_halted" }),
  row("t-bsc", "2025-02-02", "Some_Token", null, ["bsc"], { rootCause: "access control" }),
];

beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedVenues(tdb.prisma);
  await upsertIncidents(tdb.prisma, ROWS);
  anon = callerFor(tdb.prisma, null);
});
afterAll(() => tdb.drop());

const ids = async (input: Parameters<Caller["incident"]["list"]>[0]) => {
  const page = await anon.incident.list({ limit: 100, ...input });
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.id);
};

describe("incident.list", () => {
  it("lists newest first by (date, id), with catalog names and sources", async () => {
    const page = await anon.incident.list({});
    expect(page.items.map((i) => i.id)).toEqual(["t-bsc", "t-aave-v3", "t-curve", "t-aave-v2", "t-halt-b", "t-halt-a", "t-aave"]);
    expect(page.total).toBe(7);
    expect(page.nextCursor).toBeNull();
    const first = page.items[1]!;
    expect(first).toMatchObject({ date: "2024-05-01", venueSlug: "aave-v3", venueCatalogName: expect.any(String), lossUsd: "1500000.00",
      source: { label: "DeFiHackLabs (Apache-2.0)", url: "https://github.com/SunWeb3Sec/DeFiHackLabs", license: "Apache-2.0" } });
    expect(page.items.find((i) => i.id === "t-halt-a")).toMatchObject({ venueSlug: null, venueCatalogName: null, chains: [] });
  });

  it("filters by venue: a venue alone, a family with its children", async () => {
    expect(await ids({ venue: "aave-v3" })).toEqual(["t-aave-v3"]);
    expect(await ids({ venue: "aave" })).toEqual(["t-aave-v3", "t-aave-v2", "t-aave"]);
    expect(await ids({ venue: "no-such-venue" })).toEqual([]);
  });

  it("filters by chain, keeping incidents with no chain", async () => {
    expect(await ids({ chain: "polygon" })).toEqual(["t-aave-v2", "t-halt-b", "t-halt-a"]);
    expect(await ids({ chain: "avalanche" })).toEqual(["t-halt-b", "t-halt-a", "t-aave"]);
  });

  it("filters by kind and by dates (both ends inclusive)", async () => {
    expect(await ids({ kind: "exchange_halt" })).toEqual(["t-halt-b", "t-halt-a"]);
    expect(await ids({ kind: "depeg" })).toEqual([]);
    expect(await ids({ from: "2022-11-11", to: "2023-07-30" })).toEqual(["t-curve", "t-aave-v2", "t-halt-b", "t-halt-a"]);
  });

  it("searches name, slug and root cause; % and _ match themselves", async () => {
    expect(await ids({ q: "aave-v" })).toEqual(["t-aave-v3", "t-aave-v2"]);
    expect(await ids({ q: "ftx" })).toEqual(["t-halt-b", "t-halt-a"]);
    expect(await ids({ q: "100%" })).toEqual(["t-curve"]);
    expect(await ids({ q: "%" })).toEqual(["t-curve"]);
    expect(await ids({ q: "_" })).toEqual(["t-bsc", "t-halt-b"]);
    expect(await ids({ q: "ACCESS control", chain: "bsc" })).toEqual(["t-bsc"]);
  });

  it("pages by cursor over every row exactly once, ties on the date broken by id", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await anon.incident.list({ limit: 2, cursor });
      expect(page.total).toBe(7);
      seen.push(...page.items.map((x) => x.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["t-bsc", "t-aave-v3", "t-curve", "t-aave-v2", "t-halt-b", "t-halt-a", "t-aave"]);
  });

  it("refuses a bad cursor with BAD_REQUEST naming cursor", async () => {
    for (const cursor of ["nope!", "bm9wZQ", Buffer.from("2024-02-30|t-aave").toString("base64url"), ""]) {
      const error = await anon.incident.list({ cursor }).then(() => null, (e: { code?: string; message?: string; field?: string }) => e);
      expect(error?.code).toBe("BAD_REQUEST");
      expect(`${error?.field ?? ""} ${error?.message ?? ""}`.toLowerCase()).toContain("cursor");
    }
    expect(await codeOf(anon.incident.list({ from: "2024-01-02", to: "2024-01-01" }))).toBe("BAD_REQUEST");
  });
});
