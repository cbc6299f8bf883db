/**
 * incident.forPortfolio on 1,000 positions with all 861 incidents (target ≤ 150 ms p95, DESIGN §15 /
 * the incidents issue): the venue and incident catalogs seeded, 1,000 positions spread over every
 * venue an incident resolved to (and others), 2,000 covers, a ten-year look-back so every incident counts.
 * Run: `npx tsx scripts/bench/incident-impact.ts` (a throwaway schema, or embedded PGlite).
 */
import { performance } from "node:perf_hooks";
import { seedIncidents } from "@/prisma/seed-data/seed-incidents";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { signUp } from "@/server/services/account-service";
import { incidentsForPortfolio } from "@/server/services/incident-impact-service";
import { openBenchDatabase } from "./bench-database";
import { runIfMain } from "./run-directly";

const POSITIONS = 1000;
const RUNS = 20;
const TARGET_P95_MS = 150;
const CHAINS = ["ethereum", "bsc", "arbitrum", "base", "polygon"];

export async function benchIncidentImpact(): Promise<void> {
  const target = await openBenchDatabase();
  try {
    await seedVenues(target.db);
    const seeded = await seedIncidents(target.db);
    const hitVenues = (await target.db.incident.findMany({ where: { venueSlug: { not: null } }, select: { venueSlug: true }, distinct: ["venueSlug"] }))
      .map((r) => r.venueSlug!);
    const venues = [...hitVenues, "aave-v3", "lido", "compound-v3", "morpho", "spark"];
    const user = await signUp(target.db, { email: `incidents-${Date.now()}@bench.coverdesk.test`, name: "Bench", password: "bench-password-2026" });
    const portfolio = await target.db.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "Incident bench" } });
    await target.db.position.createMany({ data: Array.from({ length: POSITIONS }, (_, i) => ({
      id: `ip${i}`, portfolioId: portfolio.id, label: `Position ${i}`, asset: "USDC", assetKind: "stablecoin" as const,
      chain: CHAINS[i % CHAINS.length]!, venueKind: "defi" as const, venue: venues[i % venues.length]!, valueUsd: String(1000 + ((i * 7919) % 500_000)),
    })) });
    const covers = Array.from({ length: POSITIONS * 2 }, (_, i) => ({
      id: `ic${i}`, portfolioId: portfolio.id, productName: `Cover ${i}`, coverageType: "protocol_exploit" as const, amountUsd: String(500 + ((i * 104729) % 200_000)),
      startsAt: new Date(Date.UTC(2019 + (i % 7), i % 12, 1)), expiresAt: new Date(Date.UTC(2020 + (i % 7), i % 12, 1 + (i % 27))), claimWindowDays: 30,
    }));
    await target.db.cover.createMany({ data: covers });
    await target.db.coverPosition.createMany({ data: covers.flatMap((c, i) => [...new Set([i % POSITIONS, (i * 31 + 17) % POSITIONS])].map((p) => ({ coverId: c.id, positionId: `ip${p}` }))) });

    const input = { portfolioId: portfolio.id, asOf: "2026-12-04", lookbackDays: 3650 };
    const first = await incidentsForPortfolio(target.db, user.id, input);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await incidentsForPortfolio(target.db, user.id, input);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.ceil(0.95 * times.length) - 1]!;
    const median = times[Math.floor(times.length / 2)]!;
    const affected = first.incidents.reduce((n, i) => n + i.positions.length, 0);
    console.log(`incident.forPortfolio: ${POSITIONS} positions, ${POSITIONS * 2} covers, ${seeded.incidents} incidents (${seeded.resolved} resolved to a venue); ${first.incidents.length} hit the portfolio, ${affected} position hits (${target.where})`);
    console.log(`incident.forPortfolio: median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${RUNS} runs — target ≤ ${TARGET_P95_MS} ms p95: ${p95 <= TARGET_P95_MS ? "met" : "MISSED"}`);
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchIncidentImpact);
