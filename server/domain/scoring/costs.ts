// Costs: the published annual premium range. Each end is scored on the same linear scale and
// the two are averaged, so a wide range (cheap for safe protocols, dear for risky ones) lands
// in between, and one extreme quote cannot push a provider below 0 on its own.
import { buildCategoryScore } from "./category-score";
import { num } from "./format";
import { clamp, Decimal, parseFact, TEN, ZERO } from "./numbers";
import type { CategoryScore, ScoringFacts } from "./types";

/** Points lost per 1 % a year of premium: 0 % → 10, 2.5 % → 5, 5 % or more → 0. */
export const POINTS_PER_PCT = 2;

export const COSTS_FORMULA =
  "mean of clamp(0, 10, 10 − 2 × low %) and clamp(0, 10, 10 − 2 × high %) (annual premium, % of the amount covered); " +
  "one end unknown → the known end for both; both unknown → 0";

type CostFacts = Pick<ScoringFacts, "premiumLowPct" | "premiumHighPct">;

function endScore(pct: Decimal): { points: Decimal; working: string } {
  const linear = TEN.minus(pct.times(POINTS_PER_PCT));
  const points = clamp(ZERO, TEN, linear);
  const step = points.equals(linear) ? "" : ` = clamp(0, 10, ${num(linear)})`;
  return { points, working: `clamp(0, 10, 10 − 2 × ${num(pct)})${step} = ${num(points)}` };
}

/** The range in order; a one-sided range uses its known end for both (a "from 2 %" is a price). */
function range(low: Decimal | null, high: Decimal | null): { low: Decimal; high: Decimal; note: string } | null {
  const a = low ?? high;
  const b = high ?? low;
  if (a === null || b === null) return null;
  const note = low === null ? "low unknown, high used for both; " : high === null ? "high unknown, low used for both; " : "";
  return a.lessThanOrEqualTo(b) ? { low: a, high: b, note } : { low: b, high: a, note: `${note}range given high-first, reordered; ` };
}

export function scoreCosts(facts: CostFacts): CategoryScore {
  const low = parseFact(facts.premiumLowPct, "premiumLowPct");
  const high = parseFact(facts.premiumHighPct, "premiumHighPct");
  const inputs = [
    { label: "Premium low (% a year)", value: low === null ? null : `${num(low, 4)} %` },
    { label: "Premium high (% a year)", value: high === null ? null : `${num(high, 4)} %` },
  ];
  const r = range(low, high);
  const base = { category: "costs" as const, formula: COSTS_FORMULA, inputs, scoredFacts: inputs.map((i) => i.value) };
  if (r === null) return buildCategoryScore({ ...base, raw: ZERO, working: "premium unknown (quote only) → 0" });
  const lo = endScore(r.low);
  const hi = endScore(r.high);
  const raw = lo.points.plus(hi.points).div(2);
  const working = `${r.note}low ${lo.working}; high ${hi.working}; mean (${num(lo.points)} + ${num(hi.points)}) / 2 = ${num(raw)}`;
  return buildCategoryScore({ ...base, raw, working });
}
