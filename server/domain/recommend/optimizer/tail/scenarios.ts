import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { LpModel } from "../variables";
import type { RiskDriver } from "./drivers";

/** Simulated years. Most hit nothing, so only the others are listed. */
export type ScenarioSet = {
  /** Years drawn, empty ones included. */
  count: number;
  /** Years in which no gap was hit. */
  empty: number;
  /** The other years in draw order, each the indices of the gaps hit, ascending. */
  hits: number[][];
};

export type ScenarioOptions = { count: number; seed: number };

export const DEFAULT_SCENARIOS = 2000;
export const DEFAULT_SEED = 1;
/** Far past any useful precision; a bound on the LP's size (one row per distinct year). */
export const MAX_SCENARIOS = 50_000;

/**
 * Common-shock draws: each year, one uniform U per driver; gap g of that driver is hit iff
 * U < q_g. So each gap keeps exactly its own annual probability (as in expected mode), gaps of one
 * driver fail together, and a riskier gap is hit whenever a safer one on the same driver is.
 * Drivers are independent of each other. Deterministic for given gaps, drivers, count and seed.
 */
export function drawScenarios(model: LpModel, drivers: readonly RiskDriver[], opts: ScenarioOptions): ScenarioSet {
  checkOptions(opts);
  const q = model.gaps.map((g) => g.probability);
  const ranked = drivers.map((d) => [...d.gaps].sort((a, b) => q[b]! - q[a]! || a - b));
  const rng = xoroshiro128plus(opts.seed);
  // A fresh xoroshiro state is nearly all zero bits: its first outputs barely depend on the seed
  // (the first uniform is ≈ 1 for every small seed). Jumping 2^64 steps ahead mixes it.
  rng.jump();
  const set: ScenarioSet = { count: opts.count, empty: 0, hits: [] };
  for (let s = 0; s < opts.count; s++) {
    const hit: number[] = [];
    for (const gaps of ranked) {
      const u = uniformFloat64(rng);
      for (const g of gaps) {
        if (!(u < q[g]!)) break;
        hit.push(g);
      }
    }
    if (hit.length === 0) set.empty++;
    else set.hits.push(hit.sort((a, b) => a - b));
  }
  return set;
}

function checkOptions({ count, seed }: ScenarioOptions): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SCENARIOS) {
    throw new RangeError(`scenario count must be a whole number from 1 to ${MAX_SCENARIOS}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError("seed must be a whole number from 0 to 4294967295");
  }
}
