/**
 * portfolio.summary on 1,000 positions / 2,000 covers (issue target: p95 ≤ 150 ms and ≤ 3× the
 * time of one raw SQL query reading the same rows). Calls the procedure through the tRPC caller
 * (input and output schemas included) and serialises the answer as HTTP would.
 * Run: `npx tsx scripts/bench/summary.ts`.
 */
import { performance } from "node:perf_hooks";
import { createCaller } from "@/server/api/root";
import { createContextInner } from "@/server/api/trpc";
import { createLoadFixture } from "../lib/load-fixture";
import { openBenchDatabase } from "./bench-database";
import { runIfMain } from "./run-directly";

const RUNS = 40;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function timeRuns(work: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

export async function benchSummary(): Promise<void> {
  const target = await openBenchDatabase();
  console.log(`portfolio.summary — ${target.where}, ${RUNS} runs after 5 warm-ups`);
  try {
    const fixture = await createLoadFixture(target.db, 1000);
    const owner = await target.db.portfolio.findFirstOrThrow({ where: { id: fixture.portfolioId }, select: { userId: true } });
    const caller = createCaller(createContextInner({ db: target.db, getSessionUser: async () => ({ id: owner.userId }) }));
    const summary = await timeRuns(async () => JSON.stringify(await caller.portfolio.summary({ portfolioId: fixture.portfolioId, asOf: "2026-11-25" })));
    const raw = await timeRuns(() => target.db.$queryRaw`
      SELECT p.id, p."valueUsd", p.venue, p.chain, c.id AS "coverId", c."amountUsd", c."startsAt", c."expiresAt", c."coverageType"
      FROM "Position" p
      LEFT JOIN "CoverPosition" cp ON cp."positionId" = p.id
      LEFT JOIN "Cover" c ON c.id = cp."coverId"
      WHERE p."portfolioId" = ${fixture.portfolioId}`);
    const [p50, p95, floor] = [percentile(summary, 50), percentile(summary, 95), percentile(raw, 50)];
    console.log(`  summary p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms; raw SQL floor p50 ${floor.toFixed(1)} ms (p95 ${percentile(raw, 95).toFixed(1)} ms)`);
    console.log(`  p95 / floor = ${(p95 / floor).toFixed(2)}× — targets p95 ≤ 150 ms: ${p95 <= 150 ? "met" : "MISSED"}; ≤ 3× floor: ${p95 <= 3 * floor ? "met" : "MISSED"}`);
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchSummary);
