/**
 * A throwaway migrated database for a benchmark: a fresh schema of TEST_DATABASE_URL /
 * DATABASE_URL (dropped afterwards), or an in-memory embedded PGlite when neither is set.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedDatabase } from "@/server/db/embedded";
import type { PrismaClient } from "@/server/db/generated/client";
import { applyMigrations } from "@/server/db/migrate";
import { quoteIdent } from "@/server/db/schema-name";

export type BenchDatabase = { db: PrismaClient; url: string; close: () => Promise<void>; where: string };

export async function openBenchDatabase(): Promise<BenchDatabase> {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!url) {
    const embedded = await startEmbeddedDatabase({ maxConnections: 4 });
    await applyMigrations(embedded.url);
    const db = createPrismaClient(embedded.url, { poolSize: 2 });
    return { db, url: embedded.url, where: "embedded PGlite (in memory)", close: async () => { await db.$disconnect(); await embedded.close(); } };
  }
  const schema = `bench_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await applyMigrations(url, { schema });
  const withSchema = new URL(url);
  withSchema.searchParams.set("schema", schema);
  const db = createPrismaClient(withSchema.toString(), { schema });
  const close = async () => {
    await db.$disconnect();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`).finally(() => client.end());
  };
  return { db, url: withSchema.toString(), where: `PostgreSQL server, schema ${schema}`, close };
}

