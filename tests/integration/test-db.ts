import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient } from "@/server/db/client";
import { startEmbeddedDatabase } from "@/server/db/embedded";
import type { PrismaClient } from "@/server/db/generated/client";
import { applyMigrations } from "@/server/db/migrate";
import { quoteIdent } from "@/server/db/schema-name";
import { TEST_SCHEMA_PREFIX } from "./context";

export interface QueryCount<T> {
  result: T;
  /** Statements other than transaction control (Prisma reports COMMIT, not BEGIN: counting it would be noise). */
  count: number;
  /** Every statement Prisma reported, in order. */
  queries: string[];
}

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

export interface TestDatabase {
  /** A client for this test file's own, migrated, empty database. */
  prisma: PrismaClient;
  /** Its connection string (carries `?schema=` on a server). */
  url: string;
  /** `t_…` on a PostgreSQL server; "public" on PGlite, where each file has its own instance. */
  schema: string;
  /** Drops the schema (or closes the instance) and disconnects. */
  drop(): Promise<void>;
  /** Runs `fn` and reports the SQL statements `prisma` sent meanwhile (run nothing else in parallel). */
  countQueries<T>(fn: () => Promise<T>): Promise<QueryCount<T>>;
}

const POOL_SIZE = 5;

/** Call once per test file (beforeAll), and `drop()` in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const target = inject("testDatabase");
  const recorder = new QueryRecorder();
  if (target.kind === "pglite") {
    const embedded = await startEmbeddedDatabase({
      loadDataDir: new Blob([await readFile(target.template)]),
      maxConnections: POOL_SIZE + 2,
    });
    const prisma = createPrismaClient(embedded.url, { poolSize: POOL_SIZE, onQuery: recorder.onQuery });
    return {
      prisma,
      url: embedded.url,
      schema: "public",
      drop: async () => {
        await prisma.$disconnect();
        await embedded.close();
      },
      countQueries: (fn) => recorder.count(fn),
    };
  }

  const schema = `${TEST_SCHEMA_PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString("hex")}`;
  await applyMigrations(target.url, { schema });
  const url = new URL(target.url);
  url.searchParams.set("schema", schema);
  const prisma = createPrismaClient(url.toString(), { schema, poolSize: POOL_SIZE, onQuery: recorder.onQuery });
  return {
    prisma,
    url: url.toString(),
    schema,
    drop: async () => {
      await prisma.$disconnect();
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
        // The job queue of a test that made one (server/jobs/job-schema.ts).
        await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(`${schema}_pgboss`)} CASCADE`);
      } finally {
        await client.end();
      }
    },
    countQueries: (fn) => recorder.count(fn),
  };
}

class QueryRecorder {
  private recording: string[] | null = null;

  readonly onQuery = (event: { query: string }): void => {
    this.recording?.push(event.query);
  };

  async count<T>(fn: () => Promise<T>): Promise<QueryCount<T>> {
    if (this.recording) throw new Error("countQueries calls cannot overlap");
    const queries: string[] = [];
    this.recording = queries;
    try {
      const result = await fn();
      return { result, count: queries.filter((q) => !TRANSACTION_CONTROL.test(q)).length, queries };
    } finally {
      this.recording = null;
    }
  }
}
