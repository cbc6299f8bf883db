import { Decimal, toCents } from "../../money";
import type { PriceBasis } from "../price";
import type { RecommendProduct, RiskGrade } from "../types";
import type { GradeProbabilities } from "./types";

/** DESIGN §5: annual loss probability by risk grade, shown in the UI as editable assumptions. */
export const DEFAULT_GRADE_PROBABILITIES: GradeProbabilities = {
  A: 0.005, B: 0.01, C: 0.025, D: 0.05, E: 0.1, F: 0.2,
};

/**
 * An ungraded position is treated as grade C (2.5 %/yr): the middle of the scale. Assuming A or B
 * would tell the optimizer to skip exactly the positions nobody has looked at; assuming D–F would
 * let them crowd out positions that were graded.
 */
export const DEFAULT_GRADE: RiskGrade = "C";

const BASIS_NOTE: Record<PriceBasis, string> = {
  low: "Premiums use the low end of each published range: real prices may be higher.",
  mid: "Premiums use the middle of each published range.",
  high: "Premiums use the high end of each published range, so real quotes should fit the budget.",
};

export function assumptionNotes(basis: PriceBasis, maxLoading: number): string[] {
  return [
    `Positions without a risk grade are treated as grade ${DEFAULT_GRADE}.`,
    `Your valid quotes are used before any catalog price. ${BASIS_NOTE[basis]}`,
    `Purchases costing more than ${maxLoading}× the expected loss they cover are left out as poor value.`,
    ...ASSUMPTION_NOTES,
  ];
}

const ASSUMPTION_NOTES: readonly string[] = [
  "Deductibles: a % of the loss or of the cover counts as that share of the cover not paid; a fixed excess counts as its share of the largest amount the product could write for that gap.",
  "Product purchase minimums are not part of the linear program; rows below one are marked.",
];

export function effectiveProbabilities(overrides: Partial<GradeProbabilities> = {}): GradeProbabilities {
  const merged = { ...DEFAULT_GRADE_PROBABILITIES, ...overrides };
  for (const [grade, p] of Object.entries(merged)) {
    if (!Number.isFinite(p) || p < 0 || p > 1) throw new RangeError(`loss probability of grade ${grade} must be in [0, 1]`);
  }
  return merged;
}

/**
 * Share of each covered dollar the deductible keeps back, in [0, 1].
 * - pct_of_loss d: d/100 (exact on any loss).
 * - pct_of_cover d: d/100 — conservative: on a loss equal to the amount, the payout is
 *   amount · (1 − d/100); on a larger loss the cover may pay in full.
 * - fixed_usd D: D / (the most the product could write for this gap, min(gap, capacity)) —
 *   linear in the amount, so it understates the share when much less is bought.
 */
export function deductibleShare(product: RecommendProduct, maxAmount: Decimal): Decimal {
  const d = product.deductible;
  if (!d) return new Decimal(0);
  const value = new Decimal(d.value);
  const share = d.kind === "fixed_usd"
    ? (maxAmount.gt(0) ? toCents(value).div(maxAmount) : new Decimal(1))
    : value.div(100);
  return Decimal.min(1, Decimal.max(0, share));
}
