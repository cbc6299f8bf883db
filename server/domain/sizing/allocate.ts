import { floorDiv, MAX_CENTS, mulDivFloor } from "./cents";

/**
 * Largest-remainder split of `total` cents in proportion to `weights`, so the parts add up to
 * `total` exactly: each part gets ⌊total·w / Σw⌋ cents, and the cents left over go one each to
 * the parts with the largest remainders; equal remainders go to the larger weight, then to
 * the smaller key. Every weight 0 → equal shares. Σ weights must be an exact number.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[], keys: readonly string[]): number[] {
  if (weights.length <= 1) return weights.length === 1 ? [total] : [];
  let weightSum = 0;
  for (let index = 0; index < weights.length; index++) weightSum += weights[index] ?? 0;
  const equal = weightSum === 0;
  const divisor = equal ? weights.length : weightSum;

  // exact-size arrays: grown by push they would reserve 17 slots, for 13,000 covers
  const parts = new Array<number>(weights.length);
  const remainders = new Array<number>(weights.length);
  let given = 0;
  for (let index = 0; index < weights.length; index++) {
    const weight = equal ? 1 : (weights[index] ?? 0);
    const scaled = total * weight;
    if (scaled <= MAX_CENTS) {
      const part = floorDiv(scaled, divisor);
      parts[index] = part;
      remainders[index] = scaled - part * divisor;
    } else {
      const { quotient, remainder } = mulDivFloor(total, weight, divisor);
      parts[index] = quotient;
      remainders[index] = remainder;
    }
    given += parts[index] ?? 0;
  }
  giveLeftOverCents(parts, total - given, remainders, weights, keys);
  return parts;
}

/** The same split for weights too large for numbers (exact fractions on a common denominator). */
export function allocateLargestRemainderBig(
  total: number,
  weights: readonly bigint[],
  keys: readonly string[],
): number[] {
  const bigTotal = BigInt(total);
  let weightSum = 0n;
  for (const weight of weights) weightSum += weight;
  if (weightSum === 0n || weights.length <= 1) return allocateLargestRemainder(total, weights.map(() => 0), keys);

  const parts: number[] = [];
  const remainders: bigint[] = [];
  let given = 0;
  for (const weight of weights) {
    const scaled = bigTotal * weight;
    const part = Number(scaled / weightSum);
    parts.push(part);
    remainders.push(scaled % weightSum);
    given += part;
  }
  giveLeftOverCents(parts, total - given, remainders, weights, keys);
  return parts;
}

/**
 * One cent each to the `leftOver` parts (fewer than the parts) that come first by: larger
 * remainder, then larger weight, then smaller key.
 */
function giveLeftOverCents<T extends number | bigint>(
  parts: number[],
  leftOver: number,
  remainders: readonly T[],
  weights: readonly T[],
  keys: readonly string[],
): void {
  if (leftOver <= 0) return;
  if (leftOver === 1) {
    // the common case of 2–3 positions: one pass instead of a sort
    let best = 0;
    for (let index = 1; index < parts.length; index++) {
      if (compareShares(index, best, remainders, weights, keys) < 0) best = index;
    }
    parts[best] = (parts[best] ?? 0) + 1;
    return;
  }
  const ranked = parts
    .map((_, index) => index)
    .sort((i, j) => compareShares(i, j, remainders, weights, keys));
  for (let k = 0; k < leftOver; k++) {
    const index = ranked[k] ?? 0;
    parts[index] = (parts[index] ?? 0) + 1;
  }
}

/** Negative when share i comes first. */
function compareShares<T extends number | bigint>(
  i: number,
  j: number,
  remainders: readonly T[],
  weights: readonly T[],
  keys: readonly string[],
): number {
  const ri = remainders[i] as T;
  const rj = remainders[j] as T;
  if (ri !== rj) return ri > rj ? -1 : 1;
  const wi = weights[i] as T;
  const wj = weights[j] as T;
  if (wi !== wj) return wi > wj ? -1 : 1;
  return compareIds(keys[i] ?? "", keys[j] ?? "");
}

/** Compares strings by UTF-16 code units, the same way on every machine (no locale). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
