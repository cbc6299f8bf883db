import { Decimal } from "@/server/domain/money";

/**
 * Money inside the sizing module is integer cents held in JS numbers, which are exact
 * integers up to 2^53 − 1 (MAX_CENTS, about $90 trillion). Input is checked so every sum
 * stays below that bound (see parse-input.ts); every product that could pass it is done in
 * BigInt. decimal.js would give the same figures, but a Decimal per operation on 40,000 links
 * does not fit the time budget of DESIGN §3.5 (the property tests compare with decimal.js).
 * Fractions of a cent that must stay exact (a pay after a percentage deductible) are
 * `Fraction`s of BigInts.
 */

export const MAX_CENTS = Number.MAX_SAFE_INTEGER;

/** An exact fraction of cents num / den, den > 1 and not dividing num. */
export type Fraction = { readonly num: bigint; readonly den: bigint };

/** Whole cents, or an exact fraction of cents. */
export type ExactCents = number | Fraction;

/** The product a · b is an exact number (a, b ≥ 0 integers): a float product at most
 * MAX_CENTS can only come from a true product at most MAX_CENTS, since 2^53 is a double. */
export function isSafeProduct(a: number, b: number): boolean {
  return a * b <= MAX_CENTS;
}

/** ⌊a · b / c⌋ and the remainder, exactly (a, b ≥ 0, c > 0 integers). */
export function mulDivFloor(a: number, b: number, c: number): { quotient: number; remainder: number } {
  if (!isSafeProduct(a, b)) {
    const product = BigInt(a) * BigInt(b);
    const divisor = BigInt(c);
    return { quotient: Number(product / divisor), remainder: Number(product % divisor) };
  }
  const product = a * b;
  const quotient = floorDiv(product, c);
  return { quotient, remainder: product - quotient * c };
}

/** ⌊a / b⌋ for safe integers a ≥ 0, b > 0. */
export function floorDiv(a: number, b: number): number {
  const quotient = Math.floor(a / b);
  // a rounded float quotient can land one off next to an integer: settle it exactly
  const remainder = a - quotient * b;
  if (remainder < 0) return quotient - 1;
  if (remainder >= b) return quotient + 1;
  return quotient;
}

/** num / den rounded half-up to an integer (num ≥ 0, den > 0). */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  return (2n * num + den) / (2n * den);
}

/** Exact cents rounded half-up to whole cents. */
export function roundCents(value: ExactCents): number {
  return typeof value === "number" ? value : Number(roundHalfUp(value.num, value.den));
}

const TWO_DIGITS = Array.from({ length: 100 }, (_, cents) => String(cents).padStart(2, "0"));

/**
 * Formats cents as money with exactly two decimals ("1234.50"). Built from the whole dollars
 * and a table of "00"–"99": a sizing formats ~100,000 amounts, and slicing a digit string
 * made three throw-away strings each.
 */
export function formatCents(cents: number): string {
  if (cents === 0) return "0.00";
  if (cents < 0) return "-" + formatCents(-cents);
  const dollars = floorDiv(cents, 100);
  return `${dollars}.${TWO_DIGITS[cents - dollars * 100] ?? "00"}`;
}

/** part / whole rounded half-up to 4 decimals, as a number; 0 when whole is 0. */
export function ratio4(part: number, whole: number): number {
  return ratioTenThousandths(part, whole) / 10_000;
}

/** part / whole rounded half-up to 4 decimals, in whole ten-thousandths (ratio4 · 10,000, exact); 0 when whole is 0. */
export function ratioTenThousandths(part: number, whole: number): number {
  if (whole === 0) return 0;
  // half-up of 10000·part / whole = ⌊(20000·part + whole) / (2·whole)⌋
  const numerator = part * 20_000 + whole;
  return numerator <= MAX_CENTS
    ? floorDiv(numerator, 2 * whole)
    : Number((BigInt(part) * 20_000n + BigInt(whole)) / (2n * BigInt(whole)));
}

const ZERO_CODE = 48;
const NINE_CODE = 57;
const DOT_CODE = 46;

/** Parses a decimal money string and rounds it half-up to cents (DESIGN §3.2, rule 1). */
export function parseCents(value: string, what: string): number {
  const cents = parsePlainCents(value) ?? parseUnusualCents(value, what);
  if (cents < 0) throw new RangeError(`${what} must not be negative: "${value}"`);
  if (cents > MAX_CENTS) throw new RangeError(`${what} is beyond what sizing supports ($90 trillion): "${value}"`);
  return cents;
}

/** "1234", "1234.5", "1234.567": digits, an optional dot and decimals; null for anything else. */
function parsePlainCents(value: string): number | null {
  let cents = 0;
  let index = 0;
  for (; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === DOT_CODE) break;
    if (code < ZERO_CODE || code > NINE_CODE) return null;
    cents = cents * 10 + (code - ZERO_CODE);
  }
  if (index === 0 || index === value.length - 1) return null;
  for (let decimal = 1; decimal <= 3; decimal++) {
    const code = index + decimal < value.length ? value.charCodeAt(index + decimal) : ZERO_CODE;
    if (code < ZERO_CODE || code > NINE_CODE) return null;
    if (decimal < 3) cents = cents * 10 + (code - ZERO_CODE);
    else if (code >= ZERO_CODE + 5) cents += 1; // third decimal ≥ 5: half-up
  }
  for (let rest = index + 4; rest < value.length; rest++) {
    const code = value.charCodeAt(rest);
    if (code < ZERO_CODE || code > NINE_CODE) return null;
  }
  return cents <= MAX_CENTS ? cents : null;
}

/** Exponents, signs, huge values and the like go through decimal.js. */
function parseUnusualCents(value: string, what: string): number {
  const parsed = parseDecimal(value, what);
  const cents = parsed.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return cents.abs().greaterThan(MAX_CENTS) ? (cents.isNegative() ? -Infinity : Infinity) : cents.toNumber();
}

function parseDecimal(value: string, what: string): Decimal {
  let parsed: Decimal;
  try {
    parsed = new Decimal(value);
  } catch {
    throw new RangeError(`${what} is not a decimal number: "${value}"`);
  }
  if (!parsed.isFinite()) throw new RangeError(`${what} is not a finite number: "${value}"`);
  return parsed;
}

/** A small exact ratio of safe integers, e.g. a percentage "2.5" → 25 / 10. */
export type SmallRatio = { readonly num: number; readonly den: number };

const MAX_RATIO_DEN = 1e12;

/** Parses a non-negative decimal ("2.5", 0.8) into an exact ratio with a power-of-ten denominator. */
export function parseSmallRatio(value: string | number, what: string): SmallRatio {
  const text = String(value);
  const ratio = parsePlainRatio(text) ?? decimalRatio(parseDecimal(text, what));
  if (!ratio || ratio.num > MAX_CENTS || ratio.den > MAX_RATIO_DEN) {
    throw new RangeError(`${what} must be a non-negative number with at most 12 decimals: "${text}"`);
  }
  return withoutTrailingZeros(ratio);
}

/** "5.00000000" (as the database writes it) → 5 / 1, so products stay small enough for numbers. */
function withoutTrailingZeros({ num, den }: SmallRatio): SmallRatio {
  while (den > 1 && num % 10 === 0) {
    num /= 10;
    den /= 10;
  }
  return { num, den };
}

function parsePlainRatio(text: string): SmallRatio | null {
  let num = 0;
  let den = 1;
  let seenDot = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === DOT_CODE && !seenDot && index > 0) {
      seenDot = true;
      continue;
    }
    if (code < ZERO_CODE || code > NINE_CODE) return null;
    num = num * 10 + (code - ZERO_CODE);
    if (seenDot) den *= 10;
  }
  return text.length > 0 && num <= MAX_CENTS ? { num, den } : null;
}

function decimalRatio(parsed: Decimal): SmallRatio | null {
  if (parsed.isNegative() && !parsed.isZero()) return null;
  const den = 10 ** parsed.decimalPlaces();
  return { num: parsed.times(den).abs().toNumber(), den };
}
