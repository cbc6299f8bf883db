// `npm run incidents:import -- <file.json | https://…>`: adds or updates incidents from a file in
// the incident catalog's format (prisma/seed-data/incidents.json), idempotent by id. The whole
// file is validated first: any schema error refuses all of it, naming the row (index, id) and field.
// Database: DATABASE_URL, else the embedded one `npm start` uses ($COVERDESK_DATA_DIR/pglite,
// default .data; stop `npm start` first — the data directory is locked while it runs).
import "dotenv/config";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PrismaClient } from "@/server/db/generated/client";
import { describeProblem, parseIncidentFile } from "@/server/domain/incidents/incident-row";
import { toIncidentRows, type UpsertCounts, upsertIncidents } from "@/prisma/seed-data/seed-incidents";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const MAX_BYTES = 50 * 1024 * 1024;

export class IncidentImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`the file does not match the incident schema; nothing was written:\n  ${problems.join("\n  ")}`);
    this.name = "IncidentImportError";
  }
}

/** The text of a local file or of an https URL (nothing else). */
export async function readSource(source: string): Promise<string> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
    const url = new URL(source);
    if (url.protocol !== "https:") throw new Error(`only https URLs are fetched, not ${url.protocol}`);
    const response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(60_000) });
    if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_BYTES) throw new Error(`${url.href}: larger than ${MAX_BYTES} bytes`);
    return text;
  }
  return readFile(source, "utf8");
}

/** Validates all of `json`, then upserts it in one statement; throws IncidentImportError on any schema error. */
export async function importIncidents(db: PrismaClient, json: unknown): Promise<UpsertCounts> {
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) {
    const shown = parsed.problems.slice(0, 50).map(describeProblem);
    if (parsed.problems.length > shown.length) shown.push(`… and ${parsed.problems.length - shown.length} more`);
    throw new IncidentImportError(shown);
  }
  return upsertIncidents(db, await toIncidentRows(db, parsed.rows));
}

async function openDatabase(): Promise<{ db: PrismaClient; close: () => Promise<void> }> {
  const { createPrismaClient } = await import("@/server/db/client");
  const url = process.env.DATABASE_URL;
  if (url) {
    const db = createPrismaClient(url, { poolSize: 2 });
    return { db, close: () => db.$disconnect() };
  }
  const { startEmbeddedDatabase } = await import("@/server/db/embedded");
  const { applyMigrations } = await import("@/server/db/migrate");
  const { lockDataDir } = await import("./lib/data-dir-lock");
  const dataDir = path.resolve(ROOT, process.env.COVERDESK_DATA_DIR || ".data");
  const pgliteDir = path.join(dataDir, "pglite");
  const unlock = await lockDataDir(path.join(dataDir, "pglite.lock"), pgliteDir);
  const embedded = await startEmbeddedDatabase({ dataDir: pgliteDir, maxConnections: 4 }).catch(async (e: unknown) => {
    await unlock();
    throw e;
  });
  await applyMigrations(embedded.url);
  const db = createPrismaClient(embedded.url, { poolSize: 2 });
  console.log(`database: embedded PostgreSQL in ${pgliteDir} (set DATABASE_URL to use a server)`);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await embedded.close();
      await unlock();
    },
  };
}

async function main(): Promise<void> {
  const source = process.argv.slice(2).find((a) => a !== "--");
  if (!source) throw new Error("usage: npm run incidents:import -- <file.json | https://…>");
  let json: unknown;
  try {
    json = JSON.parse(await readSource(source));
  } catch (error) {
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Refuse a bad file before touching the database.
  const parsed = parseIncidentFile(json);
  if (!parsed.ok) throw new IncidentImportError(parsed.problems.slice(0, 50).map(describeProblem));
  const { db, close } = await openDatabase();
  try {
    const counts = await importIncidents(db, json);
    console.log(`incidents from ${source}: ${counts.added} added, ${counts.updated} updated, ${counts.skipped} skipped (unchanged)`);
  } finally {
    await close();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? `incidents:import: ${e.message}` : e);
    process.exit(1);
  });
}
