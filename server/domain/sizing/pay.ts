import { floorDiv, isSafeProduct } from "./cents";
import {
  DEDUCTIBLE_FIXED_USD,
  DEDUCTIBLE_NONE,
  DEDUCTIBLE_PCT_OF_LOSS,
  type CoverTable,
  type LinkTable,
} from "./model";

/**
 * What a cover pays on a total loss of one position to its risk (DESIGN §3.2), in exact cents,
 * from the rounded allocation `alloc`, the exposure E and the cover amount A:
 *
 *   none            min(alloc, E)
 *   pct_of_loss  d  min(alloc, E · (1 − d/100))
 *   pct_of_cover d  min(alloc, max(0, E − alloc · d/100))
 *   fixed_usd    D  min(alloc, max(0, E − D · alloc / A))   the excess is shared like the amount
 *
 * Each deductible case is min(alloc, max(0, num / den)) for integers num, den; it is worked
 * out in numbers when every product is exact there, in BigInt otherwise. The pay is stored in
 * link `at` as whole + rem / den: below alloc, its whole part is a safe number, and den (100 ×
 * the percentage's denominator, or A) is one too, so no fraction object is needed.
 */
export function setPay(links: LinkTable, at: number, covers: CoverTable, cover: number, exposure: number): void {
  const alloc = links.allocCents[at] ?? 0;
  const kind = covers.dedKind[cover];
  if (kind === DEDUCTIBLE_NONE) return setWhole(links, at, alloc < exposure ? alloc : exposure);
  const num = covers.dedNum[cover] ?? 0;
  if (kind === DEDUCTIBLE_FIXED_USD) {
    // E − D · alloc / A = (E · A − D · alloc) / A
    const amount = covers.amountCents[cover] ?? 0;
    if (amount === 0) return setWhole(links, at, 0);
    return setCapped(links, at, alloc, amount, exposure, amount, num, alloc);
  }
  const den = 100 * (covers.dedDen[cover] ?? 1);
  // pct_of_loss:  E · (1 − n / (100·d)) = E · (100·d − n) / (100·d)
  if (kind === DEDUCTIBLE_PCT_OF_LOSS) return setCapped(links, at, alloc, den, exposure, den - num, 0, 0);
  // pct_of_cover: E − alloc · n / (100·d) = (E · 100·d − alloc · n) / (100·d)
  return setCapped(links, at, alloc, den, exposure, den, alloc, num);
}

function setWhole(links: LinkTable, at: number, cents: number): void {
  links.payWhole[at] = cents;
  links.payRem[at] = 0;
  links.payDen[at] = 1;
}

/** min(alloc, max(0, (plusA · plusB − minusA · minusB) / den)), exactly. */
function setCapped(
  links: LinkTable,
  at: number,
  alloc: number,
  den: number,
  plusA: number,
  plusB: number,
  minusA: number,
  minusB: number,
): void {
  if (!(isSafeProduct(alloc, den) && isSafeProduct(plusA, plusB) && isSafeProduct(minusA, minusB))) {
    return setCappedBig(links, at, alloc, den, BigInt(plusA) * BigInt(plusB) - BigInt(minusA) * BigInt(minusB));
  }
  const num = plusA * plusB - minusA * minusB;
  if (num <= 0) return setWhole(links, at, 0);
  if (alloc * den <= num) return setWhole(links, at, alloc);
  const whole = floorDiv(num, den);
  links.payWhole[at] = whole;
  links.payRem[at] = num - whole * den;
  links.payDen[at] = den;
}

function setCappedBig(links: LinkTable, at: number, alloc: number, den: number, num: bigint): void {
  const bigDen = BigInt(den);
  if (num <= 0n) return setWhole(links, at, 0);
  if (BigInt(alloc) * bigDen <= num) return setWhole(links, at, alloc);
  const whole = num / bigDen;
  links.payWhole[at] = Number(whole);
  links.payRem[at] = Number(num - whole * bigDen);
  links.payDen[at] = den;
}

/** The pay of link `at` rounded half-up to cents (each payUsd shown). */
export function roundedPay(links: LinkTable, at: number): number {
  const rem = links.payRem[at] ?? 0;
  const whole = links.payWhole[at] ?? 0;
  // whole + rem / den rounds up when rem / den ≥ 1/2; den − rem is exact where 2 · rem may not be
  return rem !== 0 && rem >= (links.payDen[at] ?? 1) - rem ? whole + 1 : whole;
}
