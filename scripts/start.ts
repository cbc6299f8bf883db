// `npm start`: database ready (embedded PGlite unless DATABASE_URL is set), migrated and seeded;
// app built if the sources changed since the last build; then the app's server (server/http/serve.ts:
// Next.js behind a layer that knows the client's socket address).
//
// Env: DATABASE_URL (unset = embedded PostgreSQL in $COVERDESK_DATA_DIR/pglite, default .data),
// HOST (127.0.0.1), PORT (3000), AUTH_SECRET (unset = generated once into .data/auth-secret),
// SKIP_BUILD=1 (use .next as it is), DATABASE_POOL_SIZE (connections per app process, default 10),
// WORKER=off (no background worker in this instance: see scripts/worker.ts).
import "dotenv/config";
import { type ChildProcess, spawn } from "node:child_process";
import { access, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_POOL_SIZE } from "@/server/db/pool-size";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrate";
import { describeDatabaseUrl } from "@/server/db/url";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import { loadOrCreateSecret } from "./lib/auth-secret";
import { hasBuild, isBuildCurrent, recordBuild } from "./lib/build-cache";
import { lockDataDir } from "./lib/data-dir-lock";
import { importIncidentFeed } from "./lib/incident-feed";
import { runSeeds, type SeedOutcome } from "./lib/seed";
import { waitForPort } from "./lib/wait-for-port";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const DATA_DIR = path.resolve(ROOT, process.env.COVERDESK_DATA_DIR || ".data");
const PGLITE_DIR = path.join(DATA_DIR, "pglite");
const shown = (file: string) => (path.relative(ROOT, file).startsWith("..") ? file : path.relative(ROOT, file));
/** The socket accepts this many connections: the app's pool plus a parallel `next build`'s workers. */
const EMBEDDED_MAX_CONNECTIONS = 64;

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (msg: string) => console.log(`[start] ${msg}`);

const cleanups: (() => Promise<void>)[] = [];
async function cleanup(): Promise<void> {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch((e: unknown) => console.error("[start] cleanup:", e));
}

interface Database {
  url: string;
  embedded: boolean;
  description: string;
}

async function openDatabase(): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const applied = await applyMigrations(configured, { log: say });
    say(`PostgreSQL ${describeDatabaseUrl(configured)}: ${applied.length ? `${applied.length} migration(s) applied` : "schema up to date"} (${elapsed()})`);
    return { url: configured, embedded: false, description: `PostgreSQL at ${describeDatabaseUrl(configured)}` };
  }
  await mkdir(DATA_DIR, { recursive: true });
  cleanups.push(await lockDataDir(path.join(DATA_DIR, "pglite.lock"), shown(PGLITE_DIR)));
  const db: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir: PGLITE_DIR, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  cleanups.push(() => db.close());
  const applied = await applyMigrations(db.url, { log: say });
  say(`embedded PostgreSQL (PGlite) in ${shown(PGLITE_DIR)} on ${db.url}${applied.length ? `, ${applied.length} migration(s) applied` : ""} (${elapsed()})`);
  return { url: db.url, embedded: true, description: `embedded PostgreSQL (PGlite) in ${shown(PGLITE_DIR)} — set DATABASE_URL to use a server` };
}

async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  await mkdir(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  const { secret, created } = await loadOrCreateSecret(file);
  if (created) say(`AUTH_SECRET was not set: generated one into ${shown(file)} (kept for the next starts; set AUTH_SECRET to use your own).`);
  return secret;
}

let child: ChildProcess | null = null;
let worker: ChildProcess | null = null;
let stopping = false;

function runChild(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
  return child;
}

function onSignal(signal: NodeJS.Signals): void {
  if (stopping) process.exit(130); // a second Ctrl-C: stop waiting
  stopping = true;
  // The child's exit resumes main(), which cleans up; with no child running, clean up here.
  if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill(signal);
  if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
  else void cleanup().then(() => process.exit(0));
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

async function build(env: NodeJS.ProcessEnv, current: Promise<boolean>): Promise<void> {
  if (process.env.SKIP_BUILD === "1") {
    if (!(await hasBuild(ROOT))) throw new Error("SKIP_BUILD=1 but there is no build in .next: run without SKIP_BUILD once.");
    say("SKIP_BUILD=1: using the existing build");
    return;
  }
  if (await current) {
    say("build in .next matches the sources: not rebuilding");
    return;
  }
  say("building (npm run build)…");
  const code = await new Promise<number | null>((resolve) => runChild("npm", ["run", "build"], env).once("exit", resolve));
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code})`);
  await recordBuild(ROOT);
}

/** `npm ci` generates the Prisma client (postinstall); not `npm ci --ignore-scripts`. */
async function ensurePrismaClient(): Promise<void> {
  if (await access(path.join(ROOT, "server/db/generated/client.ts")).then(() => true, () => false)) return;
  say("generating the Prisma client (npm run db:generate)…");
  const code = await new Promise<number | null>((resolve) => runChild("npm", ["run", "db:generate"], process.env).once("exit", resolve));
  if (code !== 0) throw new Error(`npm run db:generate failed (exit code ${code})`);
}

function banner(url: string, db: Database, seeded: SeedOutcome): void {
  const lines = [`CoverDesk is ready at ${url}  (${elapsed()})`, `Database: ${db.description}`];
  if (seeded.demo) lines.push(`Demo account: ${seeded.demo.email}  password: ${seeded.demo.password}${seeded.demo.created ? "" : " (unless changed since)"}`);
  lines.push("Stop with Ctrl-C.");
  console.log(`\n  ${lines.join("\n  ")}\n`);
}

async function main(): Promise<void> {
  const host = process.env.HOST || "127.0.0.1";
  const port = Number(process.env.PORT) || 3000;
  const buildCurrent = isBuildCurrent(ROOT);
  const [db] = await Promise.all([openDatabase(), ensurePrismaClient()]);
  await prepareJobSchema(db.url, jobSchemaFor(db.url));
  const secret = await authSecret();
  // Seeding overlaps the build and Next's start-up; the banner (with the demo password) waits for it.
  const seeding = runSeeds(db.url, { demo: db.embedded || process.env.SEED_DEMO === "1" }).then(async (seeded) => {
    if (seeded.catalog) say(`catalog: ${seeded.catalog.providers} providers, ${seeded.catalog.products} products (${seeded.catalog.nexusListings} of them Nexus listings), ${seeded.catalog.venues} venues, ${seeded.catalog.incidents} incidents (${elapsed()})`);
    const feed = process.env.INCIDENT_FEED_URL;
    if (feed) {
      await importIncidentFeed(db.url, feed).then(
        (c) => say(`incident feed: ${c.added} added, ${c.updated} updated, ${c.skipped} unchanged`),
        (e: unknown) => console.warn(`[start] incident feed not imported (the app runs on without it): ${e instanceof Error ? e.message : e}`),
      );
    }
    return seeded;
  });
  seeding.catch(() => undefined); // reported below, once Next is running

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || String(DEFAULT_POOL_SIZE),
    AUTH_SECRET: secret,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
  };
  await build(env, buildCurrent);

  const next = runChild(process.execPath, ["--import", "tsx", path.join(ROOT, "server/http/serve.ts")], { ...env, HOST: host, PORT: String(port), NODE_ENV: "production" });
  let exited = false;
  const exitCode = new Promise<number>((resolve) => {
    next.once("exit", (code, signal) => {
      exited = true;
      resolve(code ?? (signal ? 0 : 1));
    });
  });

  let failed = false;
  const probeHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const shownHost = ["127.0.0.1", "0.0.0.0", "::", "::1"].includes(host) ? "localhost" : host;
  Promise.all([seeding, waitForPort(probeHost, port, () => exited)]).then(
    ([seeded]) => banner(`http://${shownHost}:${port}`, db, seeded),
    (error: unknown) => {
      if (exited || stopping) return;
      worker?.kill("SIGTERM");
      console.error(`[start] seeding failed: ${error instanceof Error ? error.message : error}`);
      failed = true;
      next.kill("SIGTERM");
    },
  );

  // The worker starts once the catalog is seeded (the sweep sizes against it); it stops with the app.
  // A worker that dies (its database gone for longer than it retries) is started again.
  const startWorkerProcess = (): void => {
    if (exited || stopping) return;
    const started = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/worker.ts")], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
    worker = started;
    started.once("exit", (code, signal) => {
      if (exited || stopping || worker !== started) return;
      console.warn(`[start] the worker stopped (${signal ?? `exit code ${code}`}): starting it again in 5 s`);
      setTimeout(startWorkerProcess, 5_000).unref();
    });
  };
  if (process.env.WORKER !== "off") {
    void seeding.then(() => {
      startWorkerProcess();
      say("worker started (alert sweep, e-mails, webhooks): WORKER=off to run without it");
    }, () => undefined);
  }

  const code = await exitCode;
  if (worker && worker.exitCode === null && worker.signalCode === null) {
    const stopped = new Promise((resolve) => worker?.once("exit", resolve));
    worker.kill("SIGTERM");
    await stopped;
  }
  await cleanup();
  process.exit(failed ? 1 : stopping ? 0 : code);
}

main().catch(async (error: unknown) => {
  if (!stopping) console.error(`[start] ${error instanceof Error ? error.message : error}`);
  await cleanup();
  process.exit(stopping ? 0 : 1);
});
