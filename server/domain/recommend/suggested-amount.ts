import { Decimal, toCents, ZERO } from "../money";
import type { RecommendProduct, RiskGap } from "./types";

/**
 * The exact gap to target of one (position, risk): `targetRatio · E − insured`, never negative
 * (E and insured rounded half-up to cents on entry, as in sizing).
 */
export function gapToTarget(gap: RiskGap, targetRatio: number): Decimal {
  const exposure = toCents(gap.exposureUsd);
  const insured = toCents(gap.insuredUsd);
  const wanted = exposure.times(new Decimal(targetRatio)).minus(insured);
  return wanted.isNegative() ? ZERO : wanted;
}

export type SuggestedAmount = {
  /** What the buyer should ask for, whole dollars. */
  amountUsd: Decimal;
  /** The gap rounded up to whole dollars (before minimum and capacity). */
  gapUsd: Decimal;
  /** Capacity is below the amount wanted. */
  partial: boolean;
  /** The product minimum was above the gap, so the amount was raised to it. */
  raisedToMinimum: boolean;
};

const ceilDollars = (v: Decimal): Decimal => v.toDecimalPlaces(0, Decimal.ROUND_CEIL);
const floorDollars = (v: Decimal): Decimal => v.toDecimalPlaces(0, Decimal.ROUND_FLOOR);

/**
 * DESIGN §5 step 2: the gap rounded UP to whole dollars, raised to the product minimum (also
 * rounded up to dollars), then capped by capacity — rounded DOWN to dollars so the suggestion
 * never asks for more than the product can write. A capped amount is `partial`.
 */
export function suggestAmount(exactGap: Decimal, product: RecommendProduct): SuggestedAmount {
  const gapUsd = ceilDollars(exactGap);
  const minimum = product.minAmountUsd === null ? ZERO : ceilDollars(toCents(product.minAmountUsd));
  const raisedToMinimum = minimum.gt(gapUsd);
  const wanted = Decimal.max(gapUsd, minimum);
  if (product.capacityUsd !== null) {
    const capacity = floorDollars(toCents(product.capacityUsd));
    if (capacity.lt(wanted)) {
      return { amountUsd: Decimal.max(capacity, ZERO), gapUsd, partial: true, raisedToMinimum };
    }
  }
  return { amountUsd: wanted, gapUsd, partial: false, raisedToMinimum };
}
