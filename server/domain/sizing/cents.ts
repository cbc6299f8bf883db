import { Decimal } from "@/server/domain/money";

/**
 * Money inside the sizing module is integer cents held in JS numbers, which are exact
 * integers up to 2^53 − 1 (MAX_CENTS, about $90 trillion). Input is checked so every sum
 * stays below that bound (see parse-input.ts); every product that could pass it is done in
 * BigInt. decimal.js would give the same figures, but a Decimal per operation on 40,000 links
 * does not fit the time budget of DESIGN §3.5 (the property tests compare with decimal.js).
 * A fraction of a cent that must stay exact (a pay after a deductible) is held as whole cents
 * plus rem / den, all safe integers (see pay.ts and pay-sum.ts); `Fraction` is its BigInt form.
 */

export const MAX_CENTS = Number.MAX_SAFE_INTEGER;

const ZERO_CODE = 48;
const NINE_CODE = 57;
const DOT_CODE = 46;

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

const DOT_TWO_DIGITS = Array.from({ length: 100 }, (_, cents) => "." + String(cents).padStart(2, "0"));

/**
 * Formats cents as money with exactly two decimals ("1234.50"). Up to $999,999,999.99 the
 * string is made in one go from its character codes: a sizing formats ~100,000 amounts, and a
 * template literal made three strings each (the dollars, then two concatenations).
 */
export function formatCents(cents: number): string {
  if (cents === 0) return "0.00";
  if (cents < 0) return "-" + formatCents(-cents);
  const d = floorDiv(cents, 100); // the dollars
  const rest = cents - d * 100;
  if (d >= 1e9) return d + (DOT_TWO_DIGITS[rest] ?? ".00");
  const t = ZERO_CODE + ((rest / 10) | 0);
  const h = ZERO_CODE + (rest % 10);
  const dot = DOT_CODE;
  // d < 10^9 is an int32: digit() may use integer division
  if (d < 1e3) {
    if (d < 10) return String.fromCharCode(digit(d, 1), dot, t, h);
    if (d < 100) return String.fromCharCode(digit(d, 10), digit(d, 1), dot, t, h);
    return String.fromCharCode(digit(d, 100), digit(d, 10), digit(d, 1), dot, t, h);
  }
  const d3 = digit(d, 100);
  const d2 = digit(d, 10);
  const d1 = digit(d, 1);
  if (d < 1e4) return String.fromCharCode(digit(d, 1e3), d3, d2, d1, dot, t, h);
  if (d < 1e5) return String.fromCharCode(digit(d, 1e4), digit(d, 1e3), d3, d2, d1, dot, t, h);
  const d6 = digit(d, 1e5);
  const d5 = digit(d, 1e4);
  const d4 = digit(d, 1e3);
  if (d < 1e6) return String.fromCharCode(d6, d5, d4, d3, d2, d1, dot, t, h);
  if (d < 1e7) return String.fromCharCode(digit(d, 1e6), d6, d5, d4, d3, d2, d1, dot, t, h);
  if (d < 1e8) return String.fromCharCode(digit(d, 1e7), digit(d, 1e6), d6, d5, d4, d3, d2, d1, dot, t, h);
  return String.fromCharCode(digit(d, 1e8), digit(d, 1e7), digit(d, 1e6), d6, d5, d4, d3, d2, d1, dot, t, h);
}

/** The character code of the decimal digit of `value` (an int32 ≥ 0) at `power`. */
function digit(value: number, power: number): number {
  return ZERO_CODE + (((value / power) | 0) % 10);
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

/** Where parseSmallRatioInto writes its result. */
export type RatioOut = { num: number; den: number };

const MAX_RATIO_DEN = 1e12;

/** Parses a non-negative decimal ("2.5", 0.8) into an exact ratio with a power-of-ten denominator. */
export function parseSmallRatio(value: string | number, what: string): SmallRatio {
  const ratio = { num: 0, den: 1 };
  parseSmallRatioInto(value, what, ratio);
  return ratio;
}

/** parseSmallRatio into `out`, so that parsing thousands of deductibles makes no object each. */
export function parseSmallRatioInto(value: string | number, what: string, out: RatioOut): void {
  const text = String(value);
  const parsed = parsePlainRatio(text, out) || decimalRatio(parseDecimal(text, what), out);
  if (!parsed || out.num > MAX_CENTS || out.den > MAX_RATIO_DEN) {
    throw new RangeError(`${what} must be a non-negative number with at most 12 decimals: "${text}"`);
  }
  // "5.00000000" (as the database writes it) → 5 / 1, so products stay small enough for numbers
  while (out.den > 1 && out.num % 10 === 0) {
    out.num /= 10;
    out.den /= 10;
  }
}

function parsePlainRatio(text: string, out: RatioOut): boolean {
  let num = 0;
  let den = 1;
  let seenDot = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === DOT_CODE && !seenDot && index > 0) {
      seenDot = true;
      continue;
    }
    if (code < ZERO_CODE || code > NINE_CODE) return false;
    num = num * 10 + (code - ZERO_CODE);
    if (seenDot) den *= 10;
  }
  out.num = num;
  out.den = den;
  return text.length > 0 && num <= MAX_CENTS;
}

function decimalRatio(parsed: Decimal, out: RatioOut): boolean {
  if (parsed.isNegative() && !parsed.isZero()) return false;
  out.den = 10 ** parsed.decimalPlaces();
  out.num = parsed.times(out.den).abs().toNumber();
  return true;
}
