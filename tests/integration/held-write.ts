import pg from "pg";
import { quoteIdent } from "@/server/db/schema-name";
import type { TestDatabase } from "./test-db";

export interface HeldWrite {
  /** Resolves once another session waits for this transaction's locks (rejects after `timeoutMs`). */
  untilSomeoneWaits(timeoutMs?: number): Promise<void>;
  /** Commits: the waiting write now finds the row gone (or taken). */
  commit(): Promise<void>;
}

/**
 * Deletes a row in an open transaction on a connection of its own. A concurrent write that links
 * to the row (its foreign-key check locks it) waits until `commit()`, then finds it deleted: the
 * race "deleted between the checks and the write", made certain instead of left to timing.
 * Needs a PostgreSQL server (PGlite runs every connection in one session).
 */
export async function holdDelete(tdb: TestDatabase, table: string, id: string): Promise<HeldWrite> {
  return holdWrite(tdb, `DELETE FROM ${quoteIdent(table)} WHERE id = $1`, [id]);
}

/** Like holdDelete, for any one-row write (an INSERT that a concurrent insert of the same key waits for). */
export async function holdWrite(tdb: TestDatabase, sql: string, params: unknown[]): Promise<HeldWrite> {
  const url = new URL(tdb.url);
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path=${tdb.schema}` });
  await client.connect();
  await client.query("BEGIN");
  const written = await client.query(sql, params);
  if (written.rowCount !== 1) throw new Error(`holdWrite: ${sql} changed ${written.rowCount} rows`);
  const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
  const pid = rows[0]!.pid;
  return {
    async untilSomeoneWaits(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // pg_locks is live; pg_stat_activity would show this transaction's first snapshot only.
        const waiting = await client.query("SELECT 1 FROM pg_locks WHERE NOT granted AND $1::int = ANY(pg_blocking_pids(pid))", [pid]);
        if (waiting.rowCount) return;
        if (Date.now() > deadline) {
          await client.query("ROLLBACK");
          await client.end();
          throw new Error(`holdWrite: nothing waited for ${sql}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async commit() {
      await client.query("COMMIT");
      await client.end();
    },
  };
}
