/**
 * The DAO treasurer's case of the advice issue, measured: 58 ungraded positions (tests/fixtures/
 * dao-treasury.ts) and a $50,000 budget, on the seeded catalog with Nexus Mutual's listings.
 * "Before" replays the old optimizer — the high end of every range and no value guard — next to
 * expected mode and tail mode as they are now, first on the catalog without Nexus Mutual's
 * listings (as the issue found it: generic products priced from the 1–29 % range), then with them.
 * Prints where the money goes and what it buys.
 * Run: `npx tsx scripts/bench/treasury-advice.ts` (a throwaway schema, or embedded PGlite).
 */
import { performance } from "node:perf_hooks";
import { seedCatalog } from "@/prisma/seed";
import { seedNexusListings } from "@/prisma/seed-data/seed-nexus-listings";
import { signUp } from "@/server/services/account-service";
import { importPortfolioFile } from "@/server/services/import-service";
import { optimizePortfolioBudget } from "@/server/services/recommendation-budget-service";
import { DAO_TREASURY_CSV, DAO_TREASURY_ROWS } from "@/tests/fixtures/dao-treasury";
import { openBenchDatabase } from "./bench-database";
import { runIfMain } from "./run-directly";

const BUDGET = "50000";
/** No guard: the old optimizer bought whatever covered the most expected loss per premium dollar. */
const NO_GUARD = 1e9;

export async function benchTreasuryAdvice(): Promise<void> {
  const target = await openBenchDatabase();
  try {
    await seedCatalog(target.db);
    const user = await signUp(target.db, { email: `treasurer-${Date.now()}@bench.coverdesk.test`, name: "Treasurer", password: "bench-password-2026" });
    const portfolio = await target.db.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "DAO treasury" } });
    const imported = await importPortfolioFile(target.db, user.id, { portfolioId: portfolio.id, kind: "positions", csv: DAO_TREASURY_CSV });
    if (!imported.written) throw new Error(`import failed: ${JSON.stringify(imported.errors.slice(0, 3))}`);
    console.log(`treasury advice: ${DAO_TREASURY_ROWS.length} ungraded positions, $${BUDGET} a year (${target.where})`);
    const before = ["before: high end of ranges, no value guard", { priceBasis: "high", maxLoading: NO_GUARD }] as const;
    const expected = ["now: expected mode (mid, guard 3×)", {}] as const;
    const tail = ["now: tail mode (mid, guard 3×, 2,000 years)", { mode: "tail" }] as const;
    const phases = [
      ["catalog without Nexus Mutual's listings (generic products at its 1–29 % range)", [before, expected]],
      ["catalog with Nexus Mutual's listings", [before, expected, tail]],
    ] as const;
    for (const [phase, runs] of phases) {
      if (phase.startsWith("catalog with ")) await seedNexusListings(target.db);
      console.log(` ${phase}`);
      for (const [label, options] of runs) {
      const started = performance.now();
      const plan = await optimizePortfolioBudget(target.db, user.id, { portfolioId: portfolio.id, budgetUsd: BUDGET, ...options });
      const ms = performance.now() - started;
      const positions = new Set(plan.allocations.map((a) => a.positionId)).size;
      console.log(`  ${label}: ${plan.status}, $${plan.budgetUsedUsd} spent on ${plan.allocations.length} rows over ${positions} positions, expected loss covered $${plan.expectedLossCoveredUsd}, ${plan.poorValue.count} poor-value pairs left out (${ms.toFixed(0)} ms)`);
      for (const a of plan.allocations.slice(0, 4)) {
        console.log(`    ${a.positionLabel} — ${a.productName}: $${a.amountUsd} of cover for $${a.premiumUsd} at ${a.priceLabel}, ${a.valueMultiple}×`);
      }
      if (plan.allocations.length > 4) console.log(`    … and ${plan.allocations.length - 4} more rows`);
      if (plan.tail) {
        const t = plan.tail;
        console.log(`    CVaR₉₅ $${t.before.cvar95Usd} → $${t.after.cvar95Usd} (expected mode's plan: $${t.expectedModePlan.cvar95Usd}); expected loss $${t.before.expectedLossUsd} → $${t.after.expectedLossUsd}`);
        for (const line of t.whyDifferent) console.log(`    ${line}`);
      }
      }
    }
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchTreasuryAdvice);
