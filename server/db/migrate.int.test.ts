import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createSchemaEngine, migrationsList, NO_FILTERS, type SchemaEngine } from "@/scripts/lib/schema-engine";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { applyMigrations } from "./migrate";
import { readMigrations, sha256Hex } from "./migration-files";

let db: TestDatabase;
const extraSchemas: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  for (const s of extraSchemas) await db.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  await db.drop();
});

/** A schema of this file's database that nothing has touched yet. */
function freshSchema(suffix: string): string {
  const name = `${db.schema === "public" ? "t" : db.schema}_${suffix}`;
  extraSchemas.push(name);
  return name;
}

type MigrationRow = {
  id: string; checksum: string; finished_at: Date | null; migration_name: string; logs: string | null;
  rolled_back_at: Date | null; started_at: Date; applied_steps_count: number;
};

function rowsOf(schema: string): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>(`SELECT * FROM "${schema}"."_prisma_migrations" ORDER BY started_at`);
}

describe("applyMigrations", () => {
  it("migrates a fresh schema, then finds nothing to do", async () => {
    const schema = freshSchema("fresh");
    const files = await readMigrations();
    expect(files.length).toBeGreaterThan(0);

    expect(await applyMigrations(db.url, { schema })).toEqual(files.map((f) => f.name));
    const tables = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1", schema,
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["User", "Portfolio", "Position", "Cover", "CoverPosition", "_prisma_migrations"]));

    expect(await applyMigrations(db.url, { schema })).toEqual([]);
  });

  it("writes the rows prisma migrate deploy writes", async () => {
    const schema = freshSchema("rows");
    await applyMigrations(db.url, { schema });
    const files = await readMigrations();
    const rows = await rowsOf(schema);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    rows.forEach((row, i) => {
      expect(row.checksum).toBe(sha256Hex(files[i]!.sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
    });
  });

  it("refuses a migration edited after it was applied, and one that failed", async () => {
    const schema = freshSchema("tamper");
    await applyMigrations(db.url, { schema });
    await db.prisma.$executeRawUnsafe(`UPDATE "${schema}"."_prisma_migrations" SET checksum = $1`, "0".repeat(64));
    await expect(applyMigrations(db.url, { schema })).rejects.toThrow(/modified after it was applied/);

    const files = await readMigrations();
    await db.prisma.$executeRawUnsafe(
      `UPDATE "${schema}"."_prisma_migrations" SET checksum = $1, finished_at = NULL, logs = 'boom' WHERE migration_name = $2`,
      sha256Hex(files[0]!.sql), files[0]!.name,
    );
    await expect(applyMigrations(db.url, { schema })).rejects.toThrow(/failed earlier.*boom/);
  });

  it("applies each migration once when two instances start together", async () => {
    const schema = freshSchema("race");
    const results = await Promise.all([applyMigrations(db.url, { schema }), applyMigrations(db.url, { schema })]);
    const files = await readMigrations();
    expect(results.flat().sort()).toEqual(files.map((f) => f.name).sort());
    expect(await rowsOf(schema)).toHaveLength(files.length);
  });
});

describe("interoperability with Prisma's schema engine (its wasm build)", () => {
  /** The engine holds Prisma's advisory lock on its connection until the pool is closed. */
  async function withEngine(schema: string, run: (engine: SchemaEngine) => Promise<void>): Promise<void> {
    // pglite-socket ignores startup options; each PGlite test file works in "public" anyway.
    const options = schema === "public" ? undefined : `-c search_path=${schema}`;
    const pool = new pg.Pool({ connectionString: db.url, options, max: 2 });
    const engine = await createSchemaEngine(new PrismaPg(pool, { schema }));
    try {
      await run(engine);
    } finally {
      engine.free();
      await pool.end();
    }
  }

  it("sees the runner's history as complete and unedited", async () => {
    const files = await readMigrations();
    await withEngine(db.schema, async (engine) => {
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList: migrationsList(files, 'provider = "postgresql"\n'), optInToShadowDatabase: false, filters: NO_FILTERS,
      });
      expect(diagnosis).toEqual({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });
    });
  });

  it.runIf(inject("testDatabase").kind === "server")("accepts the history Prisma's engine wrote", async () => {
    const schema = freshSchema("engine");
    await db.prisma.$executeRawUnsafe(`CREATE SCHEMA "${schema}"`);
    const files = await readMigrations();
    await withEngine(schema, async (engine) => {
      const out = await engine.applyMigrations({ migrationsList: migrationsList(files, 'provider = "postgresql"\n'), filters: NO_FILTERS });
      expect(out.appliedMigrationNames).toEqual(files.map((f) => f.name));
    });
    expect(await applyMigrations(db.url, { schema })).toEqual([]);
  });
});

describe("schema", () => {
  it("deleting a portfolio removes its positions, covers and their links", async () => {
    const p = db.prisma;
    const user = await p.user.create({ data: { email: "cascade@example.com", name: "Cascade" } });
    const provider = await p.provider.create({ data: { slug: "acme", name: "Acme", facts: {} } });
    const product = await p.coverProduct.create({ data: { providerId: provider.id, slug: "exploit", name: "Exploit", coverageType: "protocol_exploit" } });
    const portfolio = await p.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "Main" } });
    const position = await p.position.create({
      data: { portfolioId: portfolio.id, label: "USDC on Aave", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave", valueUsd: "1000.5" },
    });
    const cover = await p.cover.create({
      data: {
        portfolioId: portfolio.id, productId: product.id, coverageType: "protocol_exploit", amountUsd: "500",
        startsAt: new Date("2026-01-01"), expiresAt: new Date("2026-12-31"),
        positions: { create: [{ positionId: position.id }] },
      },
    });
    expect(await p.coverPosition.count({ where: { coverId: cover.id } })).toBe(1);

    await p.portfolio.delete({ where: { id: portfolio.id } });

    expect(await p.position.count({ where: { portfolioId: portfolio.id } })).toBe(0);
    expect(await p.cover.count({ where: { portfolioId: portfolio.id } })).toBe(0);
    expect(await p.coverPosition.count({ where: { coverId: cover.id } })).toBe(0);
    expect(await p.user.count({ where: { id: user.id } })).toBe(1);
    expect(await p.coverProduct.count({ where: { id: product.id } })).toBe(1);
  });

  it("counts the SQL statements a block sends, transaction control aside", async () => {
    const single = await db.countQueries(() => db.prisma.user.count());
    expect(single.result).toBeGreaterThanOrEqual(0);
    expect(single.count).toBe(1);
    expect(single.queries[0]).toMatch(/SELECT COUNT/i);

    const tx = await db.countQueries(() => db.prisma.$transaction(async (t) => [await t.user.count(), await t.portfolio.count()]));
    expect(tx.count).toBe(2);
    expect(tx.queries.length).toBeGreaterThanOrEqual(2);
  });
});
