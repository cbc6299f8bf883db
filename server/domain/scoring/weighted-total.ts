// The weighted total Σ wₖ·sₖ / Σ wₖ, computed from the one-decimal category scores the UI shows,
// so a reader can redo the sum from the page and land on the same figure.
import { CATEGORY_KEYS } from "./categories";
import { num } from "./format";
import { Decimal, roundTotal, ZERO } from "./numbers";
import type { CategoryKey, CategoryScore, Weights } from "./types";
import { assertWeights } from "./weights";

export const TOTAL_FORMULA = "Σ wₖ·sₖ / Σ wₖ over the six category scores, two decimals";

function scoreOf(categories: readonly CategoryScore[], key: CategoryKey): number {
  const found = categories.find((c) => c.category === key);
  if (found === undefined) throw new RangeError(`weightedTotal: no ${key} score`);
  return found.score;
}

export function weightedTotal(
  categories: readonly CategoryScore[],
  weightsInput: Weights,
): { total: number; explanation: string } {
  const weights = assertWeights(weightsInput);
  let weighted = ZERO;
  let weightSum = ZERO;
  const terms: string[] = [];
  for (const key of CATEGORY_KEYS) {
    const w = new Decimal(weights[key]);
    const s = scoreOf(categories, key);
    weighted = weighted.plus(w.times(s));
    weightSum = weightSum.plus(w);
    terms.push(`${num(w)} × ${s.toFixed(1)}`);
  }
  const exact = weighted.div(weightSum);
  const total = roundTotal(exact);
  const explanation =
    `(${terms.join(" + ")}) / ${num(weightSum)} = ${num(weighted)} / ${num(weightSum)} = ${num(exact, 4)} → ${total.toFixed(2)}`;
  return { total, explanation };
}
