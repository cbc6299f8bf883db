// The incident seed against a real database: all rows land, venues resolve, re-seeding writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { CatalogFileError } from "./load/catalog-file";
import { loadIncidentFile, seedIncidents, validIncidentRows } from "./seed-incidents";
import { seedVenues } from "./seed-venues";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedVenues(tdb.prisma);
});
afterAll(() => tdb.drop());

const snapshot = async () => JSON.stringify(await tdb.prisma.incident.findMany({ orderBy: { id: "asc" } }));

describe("seedIncidents", () => {
  it("seeds every row of the catalog file, resolving the venues it can", async () => {
    const file = loadIncidentFile();
    const first = await seedIncidents(tdb.prisma);
    expect(first.incidents).toBe(file.length);
    expect(first.changed).toBe(file.length);
    expect(first.resolved + first.unresolved).toBe(file.length);
    expect(first.resolved).toBeGreaterThan(0);
    expect(await tdb.prisma.incident.count()).toBe(file.length);
    expect(await tdb.prisma.incident.count({ where: { venueSlug: { not: null } } })).toBe(first.resolved);
    const curve = await tdb.prisma.incident.findFirst({ where: { venueName: "Curve" } });
    expect(curve?.venueSlug).toBe("curve-dex");
  });

  it("seeding again changes nothing (same counts, updatedAt kept)", async () => {
    const before = await snapshot();
    const again = await seedIncidents(tdb.prisma);
    expect(again.changed).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it("refuses a file with a bad row, naming the row and field", () => {
    const rows = structuredClone(loadIncidentFile()) as unknown as Record<string, unknown>[];
    rows[3] = { ...rows[3], loss_usd: "lots" };
    expect(() => validIncidentRows(rows, "incidents.json")).toThrow(CatalogFileError);
    expect(() => validIncidentRows(rows, "incidents.json")).toThrow(new RegExp(`row 3 \\(id ${String(rows[3]!.id)}\\), loss_usd`));
  });
});
