// Applies prisma/migrations the way `prisma migrate deploy` does, without Prisma's native
// schema engine (which cannot be downloaded on air-gapped machines). It writes the same
// `_prisma_migrations` rows, so the Prisma CLI and this runner can take turns on one database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { type MigrationFile, matchesChecksum, MIGRATIONS_DIR, readMigrations } from "./migration-files";
import { quoteIdent, schemaFromUrl } from "./schema-name";

export interface ApplyMigrationsOptions {
  /** Defaults to the URL's `?schema=` parameter (Prisma's convention), else "public". */
  schema?: string;
  log?: (msg: string) => void;
  /** Defaults to prisma/migrations. */
  dir?: string;
  lockTimeoutMs?: number;
}

/** The key `prisma migrate` locks, so the CLI and this runner also exclude each other. */
const PRISMA_MIGRATE_LOCK = 72707369;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}

/** Returns the names of the migrations it applied (empty when the database was up to date). */
export async function applyMigrations(connectionString: string, opts: ApplyMigrationsOptions = {}): Promise<string[]> {
  const schema = opts.schema ?? schemaFromUrl(connectionString);
  const table = `${quoteIdent(schema)}."_prisma_migrations"`;
  const files = await readMigrations(opts.dir ?? MIGRATIONS_DIR);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await acquireLock(client, opts.lockTimeoutMs ?? 60_000);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
        "id" VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum" VARCHAR(64) NOT NULL,
        "finished_at" TIMESTAMPTZ,
        "migration_name" VARCHAR(255) NOT NULL,
        "logs" TEXT,
        "rolled_back_at" TIMESTAMPTZ,
        "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, logs FROM ${table} WHERE rolled_back_at IS NULL ORDER BY started_at`,
      );
      const applied: string[] = [];
      for (const m of pendingMigrations(files, rows, schema)) {
        if (!(await applyOne(client, table, schema, m))) continue;
        applied.push(m.name);
        opts.log?.(`applied migration ${m.name}`);
      }
      return applied;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

function pendingMigrations(files: MigrationFile[], rows: AppliedRow[], schema: string): MigrationFile[] {
  const failed = rows.find((r) => r.finished_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier in schema "${schema}" and was not rolled back; ` +
        `repair the database, then mark it with \`prisma migrate resolve\`. Logs: ${failed.logs ?? "(none)"}`,
    );
  }
  const applied = new Map(rows.map((r) => [r.migration_name, r]));
  for (const f of files) {
    const row = applied.get(f.name);
    if (row && !matchesChecksum(f.sql, row.checksum)) {
      throw new Error(
        `Migration ${f.name} was modified after it was applied to schema "${schema}" (checksum ${row.checksum}, file ${f.checksum}). ` +
          "Restore the original file and put the change in a new migration (npm run db:migration -- <name>).",
      );
    }
  }
  return files.filter((f) => !applied.has(f.name));
}

/** False when another process applied it meanwhile. */
async function applyOne(client: pg.Client, table: string, schema: string, m: MigrationFile): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // Checked again inside the transaction because advisory locks exclude nothing on PGlite,
    // whose socket connections all share one session (but whose transactions are exclusive).
    const done = await client.query(`SELECT 1 FROM ${table} WHERE migration_name = $1 AND rolled_back_at IS NULL`, [m.name]);
    if (done.rowCount) {
      await client.query("ROLLBACK");
      return false;
    }
    // SET LOCAL, for the same reason: a session-wide setting would leak to other connections.
    await client.query(`SET LOCAL search_path TO ${quoteIdent(schema)}`);
    await client.query(m.sql);
    await client.query(
      `INSERT INTO ${table} (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, clock_timestamp(), $3, NULL, NULL, now(), 1)`,
      [randomUUID(), m.checksum, m.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${m.name} failed and was rolled back (schema "${schema}"): ${reason}`, { cause: error });
  }
}

async function acquireLock(client: pg.Client, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_MIGRATE_LOCK]);
    if (rows[0]?.locked) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the migration lock (another instance is migrating).`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
