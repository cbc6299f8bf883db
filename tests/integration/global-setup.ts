// Picks the database the integration tests use: TEST_DATABASE_URL ?? DATABASE_URL, or else
// an embedded PGlite. In the PGlite case one migrated data directory is prepared here (and
// cached by migration content) and every test file loads its own copy: pglite-socket runs all
// connections in one session, so a per-file search_path, which raw SQL relies on, can't work there.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";
import { readMigrations } from "@/server/db/migration-files";
import { describeDatabaseUrl } from "@/server/db/url";
import { TEST_SCHEMA_PREFIX, type TestDatabaseTarget } from "./context";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const STALE_SCHEMA_MS = 6 * 60 * 60 * 1000;

export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const target: TestDatabaseTarget = url ? await checkServer(url) : await preparePGliteTemplate();
  project.provide("testDatabase", target);
}

async function checkServer(url: string): Promise<TestDatabaseTarget> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Integration tests: cannot connect to ${describeDatabaseUrl(url)}: ${error instanceof Error ? error.message : error}`);
  }
  try {
    await dropStaleSchemas(client);
  } finally {
    await client.end();
  }
  console.log(`[integration] PostgreSQL server ${describeDatabaseUrl(url)} — a fresh schema per test file`);
  return { kind: "server", url };
}

/** Schemas of runs that were killed before their afterAll hooks; never those of a run in progress. */
async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname ~ $1",
    [`^${TEST_SCHEMA_PREFIX}[0-9a-z]+_[0-9a-f]+$`],
  );
  for (const { name } of rows) {
    const created = Number.parseInt(name.slice(TEST_SCHEMA_PREFIX.length).split("_")[0] ?? "", 36);
    if (Date.now() - created > STALE_SCHEMA_MS) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  }
}

async function preparePGliteTemplate(): Promise<TestDatabaseTarget> {
  const migrations = await readMigrations();
  const pgliteVersion = JSON.parse(await readFile(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8")).version as string;
  const key = createHash("sha256").update(pgliteVersion).update(migrations.map((m) => `${m.name}:${m.checksum}`).join("\n")).digest("hex").slice(0, 16);
  const template = path.join(ROOT, "node_modules/.cache/coverdesk", `pglite-test-template-${key}.tar`);
  const cached = await stat(template).then(() => true, () => false);
  if (!cached) {
    const started = performance.now();
    // Migrated through the wire protocol with the same runner the app uses.
    const embedded = await startEmbeddedDatabase({ maxConnections: 2 });
    let dump: Blob;
    try {
      await applyMigrations(embedded.url);
      dump = await embedded.pglite.dumpDataDir("none");
    } finally {
      await embedded.close();
    }
    await mkdir(path.dirname(template), { recursive: true });
    await writeFile(`${template}.tmp`, Buffer.from(await dump.arrayBuffer()));
    await rename(`${template}.tmp`, template);
    console.log(`[integration] prepared a migrated PGlite template in ${Math.round(performance.now() - started)} ms`);
  }
  console.log("[integration] no TEST_DATABASE_URL or DATABASE_URL: embedded PGlite, a fresh in-memory database per test file");
  return { kind: "pglite", template };
}
