// Plain-text number formatting for explanations (deterministic: no Intl, no locale).
import { Decimal } from "./numbers";

function group(integer: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A decimal with at most `dp` places, trailing zeros dropped, thousands grouped: 2,780 / 3.444. */
export function num(x: Decimal | number, dp = 3): string {
  const fixed = new Decimal(x).toDecimalPlaces(dp, Decimal.ROUND_HALF_UP).toFixed();
  const [int = "0", frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const grouped = group(int.replace("-", ""));
  return `${sign}${grouped}${frac ? `.${frac}` : ""}`;
}

/** USD: $278,000,000 / $18,502,138.31 (cents only when there are any). */
export function usd(x: Decimal): string {
  const cents = x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const [int = "0", frac = "00"] = cents.toFixed(2).split(".");
  return `$${group(int)}${cents.isInteger() ? "" : `.${frac}`}`;
}

/** A category score as shown: always one decimal (6.9, 10.0, 0.0). */
export function score1(x: number): string {
  return x.toFixed(1);
}
