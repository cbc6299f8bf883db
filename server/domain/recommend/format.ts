import { Decimal } from "../money";

/** "$1,840" — half-up to whole dollars with thousands separators (locale-independent). */
export function usdWhole(value: Decimal): string {
  const whole = value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toFixed(0);
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = sign ? whole.slice(1) : whole;
  return `${sign}$${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}`;
}

const UNITS: { size: number; suffix: string }[] = [
  { size: 1e9, suffix: "B" },
  { size: 1e6, suffix: "M" },
  { size: 1e3, suffix: "K" },
];

/** "$12M", "$2.5M", "$750K", "$800" — one decimal at most, trailing ".0" dropped. */
export function usdCompact(value: Decimal): string {
  for (const { size, suffix } of UNITS) {
    if (value.gte(size)) {
      const scaled = value.div(size).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      return `$${scaled.toString()}${suffix}`;
    }
  }
  return usdWhole(value);
}

/** "2.3000" → "2.3 %". */
export function pct(value: string): string {
  return `${new Decimal(value).toString()} %`;
}

/** "2.3 %" or "2.3–3 %" for a range. */
export function pctRange(low: string, high: string): string {
  const lo = new Decimal(low);
  const hi = new Decimal(high);
  return lo.eq(hi) ? pct(low) : `${lo.toString()}–${hi.toString()} %`;
}

/** "$4,999.87" — two decimals, half-up, thousands separators. */
export function usdCents(value: Decimal): string {
  const [whole, cents] = value.toFixed(2, Decimal.ROUND_HALF_UP).split(".");
  const sign = whole!.startsWith("-") ? "-" : "";
  const digits = sign ? whole!.slice(1) : whole!;
  return `${sign}$${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${cents}`;
}
