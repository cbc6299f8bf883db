import { Decimal, ZERO } from "../../money";
import { premiumFor } from "../cost";
import type { LpModel } from "./variables";

export type RoundedAllocation = { varIndex: number; amount: Decimal; premium: Decimal };

/**
 * Turns the solver's floating-point amounts into money that provably respects every limit.
 * Each amount is rounded to the nearest cent (so 3499.9999999 is 3500.00, not 3499.99), then
 * clamped, in variable order, by what is left of its gap, its product's capacity and the budget.
 * The premium is recomputed from the final amount (high end, half-up to cents). When it would
 * overrun the budget, the amount becomes ⌊budget left / rate⌋ in cents: then amount · rate ≤ left,
 * and since `left` is a whole number of cents, rounding half-up cannot take the premium past it.
 */
export function roundSolution(model: LpModel, primal: readonly number[]): RoundedAllocation[] {
  const gapLeft = model.gaps.map((g) => g.limit);
  const capLeft = model.products.map((p) => p.capacity);
  let budgetLeft = Decimal.max(model.budget, ZERO);
  const out: RoundedAllocation[] = [];
  model.vars.forEach((v, i) => {
    const x = primal[i] ?? 0;
    if (!(x > 0)) return;
    let amount = Decimal.min(new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP), gapLeft[v.gapIndex]!);
    const cap = capLeft[v.productIndex];
    if (cap !== null && cap !== undefined) amount = Decimal.min(amount, cap);
    let premium = premiumFor(amount, v.pct);
    if (premium.gt(budgetLeft)) {
      amount = budgetLeft.div(v.rate).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      premium = premiumFor(amount, v.pct);
    }
    if (amount.lte(0)) return;
    gapLeft[v.gapIndex] = gapLeft[v.gapIndex]!.minus(amount);
    if (cap !== null && cap !== undefined) capLeft[v.productIndex] = cap.minus(amount);
    budgetLeft = budgetLeft.minus(premium);
    out.push({ varIndex: i, amount, premium });
  });
  return out;
}
