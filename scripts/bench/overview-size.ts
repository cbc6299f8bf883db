/**
 * Size of portfolio.overview's JSON beside portfolio.summary's (issue target: overview ≤ 50 KB for
 * 1,000 positions / 2,000 covers). Pure: sizing and the overview on generated rows, no database.
 * Run: `npx tsx scripts/bench/overview-size.ts`.
 */
import { overviewSizes } from "@/server/services/overview-fixture";
import { runIfMain } from "./run-directly";

const TARGET_KB = 50;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function benchOverviewSize(): Promise<void> {
  console.log("portfolio.overview size (JSON), positions with twice as many covers");
  for (const n of [100, 1000]) {
    const { summaryBytes, overviewBytes } = overviewSizes(n);
    console.log(`  ${String(n).padStart(5)} positions: overview ${kb(overviewBytes)} (summary ${kb(summaryBytes)}, ${(summaryBytes / overviewBytes).toFixed(1)}× larger)`);
    if (n === 1000) console.log(`  target ≤ ${TARGET_KB} KB for 1,000 positions: ${overviewBytes <= TARGET_KB * 1024 ? "met" : "MISSED"}`);
  }
}

runIfMain(import.meta.url, benchOverviewSize);
