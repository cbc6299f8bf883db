// The catalog seed against a real database: a bad file writes nothing, re-seeding unchanged data
// writes nothing, and editing one fact in a JSON file changes exactly that after re-seed.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { CatalogFileError } from "./load/catalog-file";
import { providerFile } from "./provider-catalog";
import { seedCatalog } from "./seed-catalog";
import { seedNexusListings } from "./seed-nexus-listings";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

const fileJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, import.meta.url), "utf8"));

/** The files as they are, except `name`, which `edit` changes (on a copy). */
function readWith(name: string, edit: (json: Record<string, any>) => void) { // eslint-disable-line @typescript-eslint/no-explicit-any
  return (file: string): unknown => {
    const json = fileJson(file);
    if (file !== name) return json;
    const copy = structuredClone(json) as Record<string, unknown>;
    edit(copy);
    return copy;
  };
}

type Row = Record<string, unknown> & { id: string };
/** Both tables, every column, rows by id (values as JSON, so decimals and dates compare exactly). */
async function tables(): Promise<{ providers: Map<string, Row>; products: Map<string, Row> }> {
  const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id, JSON.parse(JSON.stringify(r)) as Row]));
  return {
    providers: byId(await tdb.prisma.provider.findMany()),
    products: byId(await tdb.prisma.coverProduct.findMany()),
  };
}

/** "<table> <slug>.<column>" for every value that differs between two snapshots. */
function changes(before: Map<string, Row>, after: Map<string, Row>, table: string): string[] {
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  return [...before].flatMap(([id, row]) => {
    const next: Record<string, unknown> = after.get(id) ?? {};
    return Object.keys(row).filter((col) => JSON.stringify(row[col]) !== JSON.stringify(next[col])).map((col) => `${table} ${String(row.slug)}.${col}`);
  });
}

describe("seedCatalog", () => {
  it("stops on a file that fails its schema, naming the file and the field, and writes nothing", async () => {
    const read = readWith(providerFile("bridge-mutual"), (j) => { j.products[0].coverageType = "volcano"; });
    const error = await seedCatalog(tdb.prisma, { read }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogFileError);
    expect((error as CatalogFileError).file).toBe("prisma/seed-data/providers/bridge-mutual.json");
    expect((error as CatalogFileError).message).toMatch(/products\[0\]\.coverageType: /);
    expect(await tdb.prisma.provider.count()).toBe(0);
    expect(await tdb.prisma.coverProduct.count()).toBe(0);
  });

  it("seeds the whole catalog, and re-seeding unchanged data rewrites no row (updatedAt kept)", async () => {
    const first = await seedCatalog(tdb.prisma);
    expect(first.providers).toBe(18);
    const before = await tables();
    expect(before.providers.size).toBe(18);
    expect(before.products.size).toBe(first.products);

    await new Promise((r) => setTimeout(r, 20)); // a rewrite would show as a later updatedAt
    expect(await seedCatalog(tdb.prisma)).toEqual(first);
    const after = await tables();
    expect(changes(before.providers, after.providers, "Provider")).toEqual([]);
    expect(changes(before.products, after.products, "CoverProduct")).toEqual([]);
  });

  it("changes exactly the edited fact, and only its row's updatedAt", async () => {
    const before = await tables();
    const read = readWith(providerFile("nexus-mutual"), (j) => { j.facts["capacity.0"].asOf = "2022-07-01"; });
    await seedCatalog(tdb.prisma, { read });
    const after = await tables();
    expect(changes(before.providers, after.providers, "Provider")).toEqual(["Provider nexus-mutual.facts", "Provider nexus-mutual.updatedAt"]);
    expect(changes(before.products, after.products, "CoverProduct")).toEqual([]);
    const nexus = [...after.providers.values()].find((p) => p.slug === "nexus-mutual");
    const facts = nexus?.facts as Record<string, unknown>;
    expect(facts["capacity.0"]).toMatchObject({ asOf: "2022-07-01", source: "http://chain.link/block-stories/episode-1" });
    const old = [...before.providers.values()].find((p) => p.slug === "nexus-mutual")?.facts as Record<string, unknown>;
    expect({ ...facts, "capacity.0": null }).toEqual({ ...old, "capacity.0": null });

    await seedCatalog(tdb.prisma); // the files again: the fact as it was
    const restored = await tables();
    expect(changes(after.providers, restored.providers, "Provider")).toEqual(["Provider nexus-mutual.facts", "Provider nexus-mutual.updatedAt"]);
    expect(restored.providers.get(nexus?.id ?? "")?.facts).toEqual(old);
  });

  it("changes exactly the edited product term; seeding the files again restores it", async () => {
    const before = await tables();
    const read = readWith(providerFile("etherisc"), (j) => { j.products[1].terms.minAmountUsd.value = "2500"; });
    await seedCatalog(tdb.prisma, { read });
    const edited = await tables();
    expect(changes(before.providers, edited.providers, "Provider")).toEqual([]);
    expect(changes(before.products, edited.products, "CoverProduct")).toEqual(["CoverProduct usdc-depeg-protection.minAmountUsd", "CoverProduct usdc-depeg-protection.updatedAt"]);
    expect([...edited.products.values()].find((p) => p.slug === "usdc-depeg-protection")?.minAmountUsd).toBe("2500");

    await seedCatalog(tdb.prisma);
    const restored = await tables();
    expect(changes(edited.products, restored.products, "CoverProduct")).toEqual(["CoverProduct usdc-depeg-protection.minAmountUsd", "CoverProduct usdc-depeg-protection.updatedAt"]);
    expect([...restored.products.values()].find((p) => p.slug === "usdc-depeg-protection")?.minAmountUsd).toBe("2000");
  });

  it("keeps the Nexus listings and their facts: the full seed run twice writes nothing the second time", async () => {
    await seedCatalog(tdb.prisma);
    const listings = await seedNexusListings(tdb.prisma);
    const before = await tables();
    expect(before.products.size).toBeGreaterThan(listings.listings);
    await seedCatalog(tdb.prisma);
    expect((await seedNexusListings(tdb.prisma)).changed).toBe(0);
    const after = await tables();
    expect(changes(before.providers, after.providers, "Provider")).toEqual([]);
    expect(changes(before.products, after.products, "CoverProduct")).toEqual([]);
  });
});
