/**
 * Benchmark of sizePortfolio (DESIGN §3.5): deterministic random portfolios of 1k / 10k / 20k
 * positions with twice as many covers (1–3 positions each); median of several runs after a
 * warm-up. Run: `npx tsx scripts/bench/sizing.ts`.
 */
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  risksOf,
  sizePortfolio,
  type AssetKind,
  type DeductibleKind,
  type SizingCoverInput,
  type SizingInput,
  type SizingPositionInput,
  type VenueKind,
} from "../../server/domain/sizing/size-portfolio";
import { runIfMain } from "./run-directly";

const AS_OF = "2025-06-15";
const DAY_MS = 86_400_000;
const VENUES: Record<VenueKind, readonly string[]> = {
  defi: ["aave-v3", "lido", "curve", "uniswap-v3", "compound-v3", "morpho"],
  cex: ["coinbase", "kraken", "binance"],
  custodian: ["bitgo", "anchorage", "fireblocks"],
  wallet: ["ledger", "metamask"],
};
const VENUE_KINDS: readonly VenueKind[] = ["defi", "defi", "defi", "cex", "custodian", "wallet"];
const ASSET_KINDS: readonly AssetKind[] = ["stablecoin", "stablecoin", "lst", "native", "other"];
const CHAINS = ["ethereum", "arbitrum", "base", "optimism", "polygon", "solana"] as const;
const PROVIDERS = ["nexus-mutual", "insurace", "neptune", "etherisc", "bitgo", "chainproof", undefined];
const DEDUCTIBLES: readonly (DeductibleKind | undefined)[] = [undefined, undefined, "pct_of_loss", "pct_of_cover", "fixed_usd"];

type Case = { positions: number; covers: number; targetMs: number | null };
const CASES: readonly Case[] = [
  { positions: 1_000, covers: 2_000, targetMs: null },
  { positions: 10_000, covers: 20_000, targetMs: 100 },
  { positions: 20_000, covers: 40_000, targetMs: 220 },
];
const WARM_UP_RUNS = 10; // the JIT needs a few runs to settle at 10k positions
const MEASURED_RUNS = 15;

/** mulberry32: a small seeded generator, so every run sizes the same portfolios. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function dayOffset(days: number): string {
  return new Date(Date.parse(AS_OF) + days * DAY_MS).toISOString().slice(0, 10);
}

function makePosition(random: () => number, index: number): SizingPositionInput {
  const venueKind = pick(random, VENUE_KINDS);
  const cents = Math.floor(random() * 100_000_000); // up to $1,000,000.00
  return {
    id: `pos-${index}`,
    valueUsd: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
    venueKind,
    venue: pick(random, VENUES[venueKind]),
    chain: pick(random, CHAINS),
    asset: "USDC",
    assetKind: pick(random, ASSET_KINDS),
  };
}

function makeCover(random: () => number, index: number, positions: readonly SizingPositionInput[]): SizingCoverInput {
  const linked = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, positions));
  const first = linked[0] as SizingPositionInput;
  const risks = risksOf(first);
  const start = Math.floor(random() * 400) - 300;
  const deductibleKind = pick(random, DEDUCTIBLES);
  return {
    id: `cov-${index}`,
    providerSlug: pick(random, PROVIDERS),
    coverageType: risks.length > 0 && random() < 0.9 ? pick(random, risks) : "bridge",
    amountUsd: String(Math.floor(random() * 800_000)),
    deductible: deductibleKind && {
      kind: deductibleKind,
      value: deductibleKind === "fixed_usd" ? String(Math.floor(random() * 5_000)) : String(Math.floor(random() * 200) / 10),
    },
    startsAt: dayOffset(start),
    expiresAt: dayOffset(start + 30 + Math.floor(random() * 365)),
    positionIds: linked.map((position) => position.id),
    chains: random() < 0.1 ? [first.chain] : undefined,
    claimWindowDays: random() < 0.5 ? 30 : undefined,
  };
}

export function benchPortfolio(positionCount: number, coverCount: number, seed = 42): SizingInput {
  const random = seededRandom(seed);
  const positions = Array.from({ length: positionCount }, (_, index) => makePosition(random, index));
  const covers = Array.from({ length: coverCount }, (_, index) => makeCover(random, index, positions));
  return { asOf: AS_OF, positions, covers };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Wall-clock and CPU milliseconds of each measured run (CPU counts the GC's helper threads too). */
function timeRuns(input: SizingInput): { wall: number[]; cpu: number[] } {
  for (let run = 0; run < WARM_UP_RUNS; run++) sizePortfolio(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < MEASURED_RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    sizePortfolio(input);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function report({ positions, covers, targetMs }: Case, wall: number[], cpu: number[]): boolean {
  const ms = median(wall);
  const met = targetMs === null || ms < targetMs;
  const target = targetMs === null ? "no target" : `target < ${targetMs} ms: ${met ? "met" : "MISSED"}`;
  console.log(
    `  ${positions.toLocaleString("en-US")} positions / ${covers.toLocaleString("en-US")} covers: ` +
      `median ${ms.toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)}, max ${Math.max(...wall).toFixed(1)}; ` +
      `CPU median ${median(cpu).toFixed(1)} ms) — ${target}`,
  );
  return met;
}

export async function benchSizing(): Promise<void> {
  console.log(`sizePortfolio — node ${process.version}, median of ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-ups`);
  // other work on the machine inflates wall-clock times: say how busy it was
  console.log(`  load average ${loadavg().map((load) => load.toFixed(2)).join(" / ")} on ${availableParallelism()} cores`);
  let allMet = true;
  for (const sizeCase of CASES) {
    const { wall, cpu } = timeRuns(benchPortfolio(sizeCase.positions, sizeCase.covers));
    allMet = report(sizeCase, wall, cpu) && allMet;
  }
  console.log(allMet ? "all targets met" : "some targets MISSED");
}

runIfMain(import.meta.url, benchSizing);
