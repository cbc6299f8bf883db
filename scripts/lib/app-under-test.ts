/**
 * Starts the built app (the real launcher, SKIP_BUILD=1) on a fresh database of the PostgreSQL
 * server in DATABASE_URL, for the load and chaos scripts. Loopback only.
 */
import { type ChildProcess, spawn } from "node:child_process";
import pg from "pg";
import { createPrismaClient } from "@/server/db/client";
import type { PrismaClient } from "@/server/db/generated/client";
import { applyMigrations } from "@/server/db/migrate";
import { waitForHealthy } from "./http-session";

export type AppUnderTest = { base: string; databaseUrl: string; prisma: PrismaClient; stop: () => Promise<void> };

/** The maintenance database of the same server, for CREATE / DROP DATABASE. */
export function adminUrl(serverUrl: string): string {
  const u = new URL(serverUrl);
  u.pathname = "/postgres";
  u.search = "";
  return u.toString();
}

export async function adminQuery<R extends pg.QueryResultRow = pg.QueryResultRow>(serverUrl: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: adminUrl(serverUrl) });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

export async function startAppUnderTest(name: string, port: number, extraEnv: Record<string, string> = {}): Promise<AppUnderTest & { child: ChildProcess }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("Set DATABASE_URL to a PostgreSQL server (this script creates and drops its own database there).");
  const dbName = `coverdesk_${name}_${Date.now().toString(36)}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${dbName}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  await applyMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl, { poolSize: 4 });

  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", AUTH_RATE_LIMIT_SCALE: "1000", AUTH_SECRET: process.env.AUTH_SECRET ?? "load-test-secret-not-for-production-42", ...extraEnv, DATABASE_URL: databaseUrl, PORT: String(port), HOST: "127.0.0.1", SKIP_BUILD: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForHealthy(base, 60_000);
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await prisma.$disconnect();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch(() => undefined);
  };
  return { base, databaseUrl, prisma, stop, child };
}
