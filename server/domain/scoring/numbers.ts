// Exact arithmetic for scores: decimal.js all the way (even log10), converted to a JS number
// only once a score is rounded, so 0.8 × 3 is 2.4 and 7.95 rounds half-up to 8.0.
import { Decimal } from "../money";

export { Decimal };

export const ZERO = new Decimal(0);
export const TEN = new Decimal(10);

export function clamp(low: Decimal | number, high: Decimal | number, x: Decimal): Decimal {
  return Decimal.max(low, Decimal.min(high, x));
}

/** A category score: one decimal, half-up. */
export function roundScore(x: Decimal): number {
  return x.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber();
}

/** The weighted total: two decimals, half-up. */
export function roundTotal(x: Decimal): number {
  return x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * A non-negative decimal string from a stored fact, null when unknown. A malformed or negative
 * value is a data error, not an unknown: it throws rather than scoring something invented.
 */
export function parseFact(value: string | null, field: string): Decimal | null {
  if (value === null) return null;
  let d: Decimal;
  try {
    d = new Decimal(value.trim());
  } catch {
    throw new RangeError(`${field}: "${value}" is not a decimal number`);
  }
  if (!d.isFinite() || d.isNegative()) throw new RangeError(`${field}: "${value}" must be a finite number ≥ 0`);
  return d;
}

/** A non-negative integer fact (audit count, year), null when unknown; otherwise throws. */
export function checkCount(value: number | null, field: string): number | null {
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${field}: ${value} must be an integer ≥ 0`);
  return value;
}
