import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { type Prisma, PrismaClient } from "./generated/client";
import { DEFAULT_POOL_SIZE } from "./pool-size";
import { logger } from "@/server/observability/logger";
import { schemaFromUrl } from "./schema-name";

export { DEFAULT_POOL_SIZE };

export interface CreatePrismaClientOptions {
  /** Defaults to the URL's `?schema=` parameter, else "public". */
  schema?: string;
  poolSize?: number;
  log?: Prisma.LogLevel[];
  /** Receives every SQL statement (Prisma's `query` log event). */
  onQuery?: (event: Prisma.QueryEvent) => void;
}

export function createPrismaClient(connectionString: string, opts: CreatePrismaClientOptions = {}): PrismaClient {
  const schema = opts.schema ?? schemaFromUrl(connectionString);
  const pool: pg.PoolConfig = { connectionString, max: opts.poolSize ?? DEFAULT_POOL_SIZE };
  // Prisma qualifies its own queries with the schema; the search_path is for raw SQL.
  if (schema !== "public" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) pool.options = `-c search_path=${schema}`;
  const adapter = new PrismaPg(pool, {
    schema,
    onPoolError: (error) => logger.warn({ err: error.message }, "database connection dropped"),
  });
  const log: Prisma.LogDefinition[] = (opts.log ?? []).map((level) => ({ level, emit: "stdout" }));
  if (!opts.onQuery) return new PrismaClient({ adapter, log });
  const client = new PrismaClient({ adapter, log: [...log, { level: "query", emit: "event" }] });
  client.$on("query", opts.onQuery);
  return client;
}

const cache = globalThis as typeof globalThis & { __coverdeskPrisma?: PrismaClient };

/** The app's client: one per process, kept across Next dev hot reloads. */
export function getPrisma(): PrismaClient {
  if (cache.__coverdeskPrisma) return cache.__coverdeskPrisma;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the app with `npm start` (embedded database) or set DATABASE_URL to a PostgreSQL server.");
  }
  const poolSize = Number(process.env.DATABASE_POOL_SIZE) || DEFAULT_POOL_SIZE;
  cache.__coverdeskPrisma = createPrismaClient(url, { poolSize, log: process.env.NODE_ENV === "development" ? ["warn", "error"] : ["error"] });
  return cache.__coverdeskPrisma;
}
