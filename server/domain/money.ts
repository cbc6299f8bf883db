import DecimalBase from "decimal.js";

/** The one decimal type for money: exact, half-up rounding. Never mix with JS numbers. */
export const Decimal = DecimalBase.clone({ precision: 50, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Parses a decimal string ("1234.5") and rounds it half-up to cents. */
export function toCents(value: string | Decimal): Decimal {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Formats money as a string with exactly two decimals ("1234.50"). */
export function formatMoney(value: Decimal): string {
  return value.toFixed(2, Decimal.ROUND_HALF_UP);
}

export function sumMoney(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** A share rounded to 4 decimals as a number, 0 when the whole is 0. */
export function ratio(part: Decimal, whole: Decimal): number {
  if (whole.isZero()) return 0;
  return part.div(whole).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
}
