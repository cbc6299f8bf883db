/**
 * Benchmark of venue.search (issue target: ≤ 5 ms p95 for a 3-letter prefix over the whole
 * catalog). Seeds the venue catalog into a throwaway schema of TEST_DATABASE_URL / DATABASE_URL,
 * or an embedded PGlite, then times the procedure through the tRPC caller, cache warm.
 * Run: `npx tsx scripts/bench/venues.ts`.
 */
import { performance } from "node:perf_hooks";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { createCaller } from "@/server/api/root";
import { openBenchDatabase } from "./bench-database";
import { runIfMain } from "./run-directly";

const TARGET_P95_MS = 5;
const RUNS = 2_000;
const PREFIXES = ["aav", "cur", "lid", "uni", "com", "mor", "spa", "pen", "eth", "coi", "bin", "kra", "led", "saf", "roc", "eig"];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function benchVenues(): Promise<void> {
  const target = await openBenchDatabase();
  console.log(`venue.search — node ${process.version}, ${target.where}`);
  try {
    const seeded = await seedVenues(target.db);
    const caller = createCaller({ db: target.db, getSessionUser: async () => null });
    await caller.venue.search({ q: "aav" }); // the first call reads the catalog into memory
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const q = PREFIXES[i % PREFIXES.length];
      const started = performance.now();
      await caller.venue.search({ q });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    console.log(`  ${seeded.venues} venues, ${RUNS} searches of a 3-letter prefix: p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms (target p95 ≤ ${TARGET_P95_MS} ms) ${p95 <= TARGET_P95_MS ? "✓" : "✗ MISSED"}`);
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchVenues);
