import { isSafeProduct, type ExactCents } from "./cents";
import type { DeductibleTerms } from "./model";

/**
 * What a cover pays on a total loss of one position to its risk (DESIGN §3.2), in exact cents,
 * from the rounded allocation `alloc`, the exposure `exposure` and the cover amount `amount`:
 *
 *   none            min(alloc, E)
 *   pct_of_loss  d  min(alloc, E · (1 − d/100))
 *   pct_of_cover d  min(alloc, max(0, E − alloc · d/100))
 *   fixed_usd    D  min(alloc, max(0, E − D · alloc / A))   the excess is shared like the amount
 *
 * Each deductible case is min(alloc, max(0, num / den)) for integers num, den; it is worked
 * out in numbers when every product is exact there, in BigInt otherwise.
 */
export function payFor(terms: DeductibleTerms, alloc: number, exposure: number, amount: number): ExactCents {
  switch (terms.kind) {
    case "none":
      return alloc < exposure ? alloc : exposure;
    case "pct_of_loss": {
      // E · (1 − n / (100·d)) = E · (100·d − n) / (100·d)
      const den = 100 * terms.pct.den;
      return capped(alloc, den, exposure, den - terms.pct.num, 0, 0);
    }
    case "pct_of_cover": {
      // E − alloc · n / (100·d) = (E · 100·d − alloc · n) / (100·d)
      const den = 100 * terms.pct.den;
      return capped(alloc, den, exposure, den, alloc, terms.pct.num);
    }
    case "fixed_usd":
      // E − D · alloc / A = (E · A − D · alloc) / A
      if (amount === 0) return 0;
      return capped(alloc, amount, exposure, amount, terms.cents, alloc);
  }
}

/** min(alloc, max(0, (plusA · plusB − minusA · minusB) / den)), exactly. */
function capped(alloc: number, den: number, plusA: number, plusB: number, minusA: number, minusB: number): ExactCents {
  if (isSafeProduct(alloc, den) && isSafeProduct(plusA, plusB) && isSafeProduct(minusA, minusB)) {
    const num = plusA * plusB - minusA * minusB;
    if (num <= 0) return 0;
    if (alloc * den <= num) return alloc;
    if (num % den === 0) return num / den;
    return { num: BigInt(num), den: BigInt(den) };
  }
  const num = BigInt(plusA) * BigInt(plusB) - BigInt(minusA) * BigInt(minusB);
  return cappedBig(BigInt(alloc), BigInt(den), num);
}

function cappedBig(alloc: bigint, den: bigint, num: bigint): ExactCents {
  if (num <= 0n) return 0;
  if (alloc * den <= num) return Number(alloc);
  if (num % den === 0n) return Number(num / den);
  return { num, den };
}
