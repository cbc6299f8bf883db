/**
 * The server Playwright starts for the e2e tests: the real launcher (scripts/start.ts) on a
 * database of its own — a fresh database on the PostgreSQL server in DATABASE_URL, dropped
 * afterwards, or else a throwaway embedded PGlite folder.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adminQuery } from "./lib/app-under-test";

const serverUrl = process.env.DATABASE_URL;
// Every e2e sign-up comes from 127.0.0.1: scale the per-IP auth limits up for the run.
const env: NodeJS.ProcessEnv = { ...process.env, SKIP_BUILD: "1", AUTH_RATE_LIMIT_SCALE: "100", SEED_DEMO: "1", AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789" };
let cleanup: () => Promise<void> = async () => {};

const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * Databases of earlier runs that were killed before their cleanup: only those over six hours old
 * (the name carries its creation time), so a run going on beside this one keeps its database.
 */
async function dropStaleDatabases(server: string): Promise<void> {
  const rows = await adminQuery<{ datname: string }>(server, "SELECT datname FROM pg_database WHERE datname LIKE 'coverdesk\\_e2e\\_%'");
  for (const { datname } of rows) {
    const created = Number.parseInt(datname.split("_")[2] ?? "", 36);
    if (Number.isFinite(created) && Date.now() - created < STALE_AFTER_MS) continue;
    await adminQuery(server, `DROP DATABASE IF EXISTS "${datname}"`).catch(() => undefined);
  }
}

if (serverUrl) {
  await dropStaleDatabases(serverUrl);
  const name = `coverdesk_e2e_${Date.now().toString(36)}_${process.pid}`;
  await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  console.log(`[e2e] database ${name} on the PostgreSQL server`);
} else {
  const dir = mkdtempSync(join(tmpdir(), "coverdesk-e2e-"));
  env.COVERDESK_DATA_DIR = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
  console.log(`[e2e] embedded PostgreSQL in ${dir}`);
}

// node --import tsx keeps the launcher a direct child, so signals reach it.
const launcher = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: "inherit" });
let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  launcher.kill(signal);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
launcher.on("exit", async (code) => {
  await cleanup().catch((e: unknown) => console.error("[e2e] cleanup failed:", e));
  process.exit(code ?? 0);
});
