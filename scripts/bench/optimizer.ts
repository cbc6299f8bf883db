/**
 * Budget optimizer benchmark (DESIGN §5): 500 positions × 30 products, deterministic random.
 * Run alone with `npx tsx scripts/bench/optimizer.ts`, or from `npm run bench`.
 * Target: one full optimisation (model, LP text, HiGHS solve, rounding, explanation) under 2 s.
 * Tail mode (DESIGN §10) on the dense case with 2,000 scenario years: model, drivers, years, LP
 * text, HiGHS solve, rounding and the before/after figures, at most 5 s.
 */
import { Decimal, toCents } from "../../server/domain/money";
import { DEFAULT_GRADE, effectiveProbabilities } from "../../server/domain/recommend/optimizer/assumptions";
import { loadSolver } from "../../server/domain/recommend/optimizer/load-solver";
import { solveBudget } from "../../server/domain/recommend/optimizer/solve-budget";
import { buildLp } from "../../server/domain/recommend/optimizer/build-lp";
import { roundSolution } from "../../server/domain/recommend/optimizer/round-solution";
import {
  explainTail, riskFigures, solveTail, tailSetup, type TailResult,
} from "../../server/domain/recommend/optimizer/tail";
import type { BudgetInput } from "../../server/domain/recommend/optimizer/types";
import { buildModel, type LpModel } from "../../server/domain/recommend/optimizer/variables";
import { DEFAULT_PRICE_BASIS } from "../../server/domain/recommend/price";
import { DEFAULT_MAX_LOADING } from "../../server/domain/recommend/value-guard";
import type {
  AssetKind, RecommendProduct, RiskGap, RiskGrade, RiskType, VenueKind,
} from "../../server/domain/recommend/types";
import { runIfMain } from "./run-directly";

const POSITIONS = 500;
const PRODUCTS = 30;
const RUNS = 5;
const LIMIT_MS = 2000;
const TAIL_SCENARIOS = 2000;
const TAIL_RUNS = 3;
const TAIL_LIMIT_MS = 5000;

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same program. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VENUES: Record<VenueKind, string[]> = {
  defi: ["aave-v3", "compound-v3", "lido", "curve", "uniswap-v3", "morpho", "pendle", "eigenlayer"],
  cex: ["coinbase", "kraken", "binance", "okx"],
  custodian: ["bitgo", "anchorage", "fireblocks"],
  wallet: ["ledger"],
};
const CHAINS = ["ethereum", "arbitrum", "base", "optimism", "polygon", "solana"];
const GRADES: (RiskGrade | null)[] = ["A", "B", "C", "D", "E", "F", null];

/** DESIGN §3.1: the risks a position carries. */
function risksOf(kind: VenueKind, asset: AssetKind): RiskType[] {
  const base: Record<VenueKind, RiskType[]> = {
    defi: ["protocol_exploit"], cex: ["exchange_halt", "custody_theft"], custodian: ["custody_theft"], wallet: [],
  };
  const extra: RiskType[] = asset === "stablecoin" ? ["depeg"] : asset === "lst" ? ["depeg", "slashing"] : [];
  return [...base[kind], ...extra];
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!;
}

function makeGaps(r: () => number): RiskGap[] {
  const gaps: RiskGap[] = [];
  for (let i = 0; i < POSITIONS; i++) {
    const venueKind = pick<VenueKind>(r, ["defi", "defi", "defi", "cex", "custodian", "wallet"]);
    const assetKind = pick<AssetKind>(r, ["stablecoin", "lst", "native", "other"]);
    const exposure = Math.round(1_000 + r() * 5_000_000);
    const riskGrade = pick(r, GRADES);
    const venue = pick(r, VENUES[venueKind]);
    const chain = venueKind === "defi" ? pick(r, CHAINS) : "ethereum";
    for (const risk of risksOf(venueKind, assetKind)) {
      const insured = r() < 0.6 ? 0 : Math.round(exposure * r() * 0.9);
      gaps.push({
        positionId: `pos-${i}`, positionLabel: `Position ${i}`, venue, venueKind, chain, asset: "USDC", assetKind,
        risk, exposureUsd: String(exposure), insuredUsd: String(insured), ratio: insured / exposure, riskGrade,
      });
    }
  }
  return gaps;
}

const TYPES: { risk: RiskType; kinds: VenueKind[] }[] = [
  { risk: "protocol_exploit", kinds: ["defi"] }, { risk: "depeg", kinds: [] }, { risk: "slashing", kinds: [] },
  { risk: "custody_theft", kinds: ["cex", "custodian"] }, { risk: "exchange_halt", kinds: ["cex"] },
];

function makeProducts(r: () => number): RecommendProduct[] {
  return Array.from({ length: PRODUCTS }, (_, k) => {
    const { risk, kinds } = TYPES[k % TYPES.length]!;
    const venues = r() < 0.5 ? ["*"] : kinds.flatMap((kind) => VENUES[kind]).filter(() => r() < 0.6);
    const low = Math.round(50 + r() * 500) / 100;
    return {
      id: `prod-${k}`, slug: `prod-${k}`, name: `Product ${k}`, providerSlug: `prov-${k % 12}`,
      providerName: `Provider ${k % 12}`, providerStatus: "active", providerScore: Math.round(r() * 100) / 10,
      regionsExcluded: [], coverageType: risk, venues: venues.length > 0 ? venues : ["*"], venueKinds: kinds,
      chains: r() < 0.6 ? ["*"] : CHAINS.filter(() => r() < 0.6), premiumLowPct: low.toFixed(2),
      premiumHighPct: (low + Math.round(r() * 200) / 100).toFixed(2),
      deductible: r() < 0.3 ? { kind: "pct_of_loss", value: String(Math.round(r() * 20)) } : null,
      minAmountUsd: null, capacityUsd: r() < 0.8 ? String(Math.round(1e6 + r() * 5e7)) : null,
      claimsModel: "parametric", kycRequired: false, minPeriodDays: 30, maxPeriodDays: 365,
    } satisfies RecommendProduct;
  });
}

export function benchInput(seed = 42): BudgetInput {
  const r = rng(seed);
  const gaps = makeGaps(r);
  const products = makeProducts(r);
  return { budgetUsd: "750000", gaps, products, prefs: { region: null, kycOk: true, targetRatio: 0.8 } };
}

/** The worst case for the LP: every product covers every risk anywhere (30 variables per risk). */
export function denseBenchInput(seed = 42): BudgetInput {
  const input = benchInput(seed);
  return {
    ...input,
    gaps: input.gaps.map((g) => ({ ...g, risk: "protocol_exploit" })),
    products: input.products.map((p) => ({ ...p, coverageType: "protocol_exploit", venues: ["*"], venueKinds: [], chains: ["*"] })),
  };
}

async function measure(label: string, input: BudgetInput): Promise<boolean> {
  const solver = await loadSolver();
  let last = solveBudget(input, solver); // warm-up: JIT and wasm
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    last = solveBudget(input, solver);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const ok = median < LIMIT_MS;
  console.log(
    `optimizer ${label}: ${POSITIONS} positions (${input.gaps.length} risks) × ${PRODUCTS} products → ` +
      `${last.size.variables} variables, ${last.status}, ${last.allocations.length} allocations, ` +
      `budget used $${last.budgetUsedUsd} of $${last.budgetUsd}`,
  );
  console.log(
    `optimizer ${label}: median ${median.toFixed(0)} ms over ${RUNS} runs ` +
      `(min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)}) — ${ok ? "OK" : "TOO SLOW"} (< ${LIMIT_MS} ms)`,
  );
  return ok;
}

/** The model solveBudget builds from the same input (same defaults). */
function modelOf(input: BudgetInput): LpModel {
  return buildModel(input.gaps, input.products, {
    budget: toCents(input.budgetUsd), prefs: input.prefs, probabilities: effectiveProbabilities(input.gradeProbabilities),
    defaultGrade: input.defaultGrade ?? DEFAULT_GRADE, priceBasis: input.priceBasis ?? DEFAULT_PRICE_BASIS,
    quotes: input.quotes ?? new Map(), maxLoading: input.maxLoading ?? DEFAULT_MAX_LOADING,
  });
}

/**
 * Expected mode's plan per variable: its LP solved as solveBudget does. (Not amountsFromAllocations:
 * the dense case gives a position several gaps of one risk, so its rows do not name one variable.)
 */
function expectedPlan(model: LpModel, solver: Awaited<ReturnType<typeof loadSolver>>): Decimal[] {
  const solution = solver.solve(buildLp(model), { output_flag: false, solver: "simplex", simplex_strategy: 4 });
  const amounts = model.vars.map(() => new Decimal(0));
  if (solution.Status !== "Optimal") return amounts;
  const primal = model.vars.map((_, i) => solution.Columns[`x${i}`]?.Primal ?? 0);
  for (const a of roundSolution(model, primal)) amounts[a.varIndex] = a.amount;
  return amounts;
}

async function measureTail(label: string, input: BudgetInput): Promise<boolean> {
  const solver = await loadSolver();
  const options = { scenarios: TAIL_SCENARIOS };
  let last: TailResult = solveTail(modelOf(input), options, solver); // warm-up
  const times: number[] = [];
  for (let i = 0; i < TAIL_RUNS; i++) {
    const t0 = performance.now();
    last = solveTail(modelOf(input), options, solver);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const met = median <= TAIL_LIMIT_MS;
  // The expected-mode plan on the same years, and why the two differ.
  const model = modelOf(input);
  const expected = expectedPlan(model, solver);
  const same = riskFigures(model, tailSetup(model, options).scenarios, expected);
  console.log(
    `optimizer tail ${label}: ${POSITIONS} positions (${input.gaps.length} risks) × ${PRODUCTS} products × ` +
      `${last.scenarios} years → ${model.vars.length} variables, ${last.drivers.length} drivers, ${last.status}, ` +
      `premium $${last.premiumUsd} of $${input.budgetUsd}; CVaR₉₅ $${last.before.cvar95Usd} → $${last.after.cvar95Usd} ` +
      `(expected-mode plan $${same.cvar95Usd}), expected loss → $${last.after.expectedLossUsd} (expected-mode plan $${same.expectedLossUsd})`,
  );
  for (const line of explainTail(model, last.drivers, expected, last.amounts)) console.log(`  ${line}`);
  console.log(
    `optimizer tail ${label}: median ${median.toFixed(0)} ms over ${TAIL_RUNS} runs ` +
      `(min ${times[0]!.toFixed(0)}, max ${times[times.length - 1]!.toFixed(0)}) — ${met ? "met" : "missed"} (≤ ${TAIL_LIMIT_MS} ms)`,
  );
  return met;
}

export async function benchOptimizer(): Promise<void> {
  const typical = await measure("typical", benchInput());
  const dense = await measure("dense", denseBenchInput());
  const tail = await measureTail("dense", denseBenchInput());
  if (!typical || !dense || !tail) process.exitCode = 1;
}

runIfMain(import.meta.url, benchOptimizer);
