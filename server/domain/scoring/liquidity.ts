// Liquidity: can the provider pay? Capacity on a log scale, because capacity spans five orders
// of magnitude ($500k pools to $250M custodian policies) and each tenfold step matters about
// as much as the last.
import { buildCategoryScore } from "./category-score";
import { num, usd } from "./format";
import { Decimal, parseFact, ZERO } from "./numbers";
import type { CategoryScore, ScoringFacts } from "./types";

/** Capacity that scores 0; every tenfold above it adds POINTS_PER_DECADE. */
export const LIQUIDITY_FLOOR_USD = 100_000;
export const LIQUIDITY_POINTS_PER_DECADE = 2;

export const LIQUIDITY_FORMULA =
  "clamp(0, 10, 2 × log10(capacity / $100,000)): $100k → 0, $1M → 2, $10M → 4, $100M → 6, $1B → 8, $10B → 10";

function liquidityRaw(capacity: Decimal | null): { raw: Decimal; working: string } {
  if (capacity === null) return { raw: ZERO, working: "capacity unknown → 0 (unknown scores the floor)" };
  // log10(0) is undefined; a known zero capacity simply pays nothing.
  if (capacity.isZero()) return { raw: ZERO, working: "capacity $0 → 0" };
  const ratio = capacity.div(LIQUIDITY_FLOOR_USD);
  const log = Decimal.log10(ratio);
  const raw = log.times(LIQUIDITY_POINTS_PER_DECADE);
  return {
    raw,
    working:
      `2 × log10(${usd(capacity)} / $100,000) = 2 × log10(${num(ratio)}) = ` +
      `2 × ${num(log)} = ${num(raw)}`,
  };
}

export function scoreLiquidity(facts: Pick<ScoringFacts, "capacityUsd">): CategoryScore {
  const capacity = parseFact(facts.capacityUsd, "capacityUsd");
  const input = { label: "Capacity", value: capacity === null ? null : usd(capacity) };
  return buildCategoryScore({
    category: "liquidity",
    formula: LIQUIDITY_FORMULA,
    inputs: [input],
    scoredFacts: [input.value],
    ...liquidityRaw(capacity),
  });
}
