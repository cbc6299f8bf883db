/**
 * Benchmark of the CSV import (issue target: 10,000 position rows in under 10 s). Imports into a
 * fresh schema of TEST_DATABASE_URL / DATABASE_URL (dropped afterwards), or an in-memory
 * embedded PGlite when neither is set. Measures the whole service call — parse, validation,
 * label checks and the one-transaction write — then a covers file linking those positions.
 * Run: `npx tsx scripts/bench/import.ts`.
 */
import { performance } from "node:perf_hooks";
import { openBenchDatabase as openTarget } from "./bench-database";
import { importPortfolioFile } from "@/server/services/import-service";
import { runIfMain } from "./run-directly";

const POSITIONS = 10_000;
const COVERS = 10_000;
const TARGET_MS = 10_000;
const KINDS = [["stablecoin", "defi", "aave-v3"], ["lst", "defi", "lido"], ["native", "cex", "coinbase"], ["other", "wallet", "ledger"]] as const;

function positionsCsv(): string {
  const rows = Array.from({ length: POSITIONS }, (_, i) => {
    const [assetKind, venueKind, venue] = KINDS[i % KINDS.length] as (typeof KINDS)[number];
    return `"Position ${i}, desk ${i % 7}",USDC,${assetKind},ethereum,${venueKind},${venue},"$${((i * 1013) % 10_000_000).toLocaleString("en-US")}.25",,${"ABCDEF"[i % 6]},`;
  });
  return `label,asset,asset_kind,chain,venue_kind,venue,value_usd,quantity,risk_grade,risks\n${rows.join("\n")}\n`;
}

function coversCsv(): string {
  const rows = Array.from({ length: COVERS }, (_, i) => {
    const linked = [i, (i * 7 + 1) % POSITIONS, (i * 13 + 2) % POSITIONS].slice(0, 1 + (i % 3));
    const labels = [...new Set(linked)].map((n) => `Position ${n}, desk ${n % 7}`).join(" | ");
    return `,,Policy ${i},protocol_exploit,${1000 + i},2026-01-01,2027-01-01,30,"${labels}"`;
  });
  return `provider_slug,product_slug,product_name,coverage_type,amount_usd,starts_at,expires_at,claim_window_days,positions\n${rows.join("\n")}\n`;
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  console.log(`  ${label}: ${ms.toFixed(0)} ms`);
  return { result, ms };
}

export async function benchImport(): Promise<void> {
  const target = await openTarget();
  console.log(`CSV import — node ${process.version}, ${target.where}`);
  try {
    const user = await target.db.user.create({ data: { email: `bench-${Date.now()}@coverdesk.test`, name: "bench" } });
    const portfolio = await target.db.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "Bench" } });
    const input = { portfolioId: portfolio.id, kind: "positions" as const, csv: positionsCsv() };
    console.log(`  positions file: ${POSITIONS.toLocaleString("en-US")} rows, ${(input.csv.length / 1024).toFixed(0)} KiB`);
    await timed("dry run (parse + validate, no write)", () => importPortfolioFile(target.db, user.id, { ...input, dryRun: true }));
    const { result, ms } = await timed("import (parse + validate + one transaction)", () => importPortfolioFile(target.db, user.id, input));
    if (!result.written) throw new Error(`import failed: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const covers = await timed(`covers import (${COVERS.toLocaleString("en-US")} covers linking 1–3 positions)`,
      () => importPortfolioFile(target.db, user.id, { portfolioId: portfolio.id, kind: "covers", csv: coversCsv() }));
    if (!covers.result.written) throw new Error(`covers import failed: ${JSON.stringify(covers.result.errors.slice(0, 3))}`);
    console.log(`  ${POSITIONS.toLocaleString("en-US")} positions: ${ms.toFixed(0)} ms — target < ${TARGET_MS} ms: ${ms < TARGET_MS ? "met" : "MISSED"}`);
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchImport);
