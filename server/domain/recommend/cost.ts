import { Decimal, formatMoney } from "../money";
import type { RecommendProduct } from "./types";

export const YEAR_DAYS = 365;

export type CostEstimate = {
  annualLowUsd: string | null;
  annualHighUsd: string | null;
  periodDays: number;
  periodLowUsd: string | null;
  periodHighUsd: string | null;
};

/**
 * `amount × pct / 100`, pro-rated by `days / 365`, rounded half-up to cents once at the end —
 * the period cost is computed from the exact annual figure, not from the rounded one.
 */
export function premiumFor(amount: Decimal, pctValue: string, days: number = YEAR_DAYS): Decimal {
  return amount
    .times(new Decimal(pctValue))
    .div(100)
    .times(days)
    .div(YEAR_DAYS)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The chosen period clamped to what the product sells (unknown limits do not clamp). */
export function productPeriod(product: RecommendProduct, periodDays: number): number {
  let days = periodDays;
  if (product.minPeriodDays !== null && days < product.minPeriodDays) days = product.minPeriodDays;
  if (product.maxPeriodDays !== null && days > product.maxPeriodDays) days = product.maxPeriodDays;
  return days;
}

/**
 * The published annual premium range in %. A one-sided range uses the known end for both (a
 * published "from 2 %" is still a price); a reversed range is put in order; both null = quote
 * only (null).
 */
export function premiumRange(product: RecommendProduct): { low: string; high: string } | null {
  const a = product.premiumLowPct ?? product.premiumHighPct;
  const b = product.premiumHighPct ?? product.premiumLowPct;
  if (a === null || b === null) return null;
  return new Decimal(a).lte(new Decimal(b)) ? { low: a, high: b } : { low: b, high: a };
}

/** DESIGN §5 step 3; quote-only products get every figure null. */
export function estimateCost(amount: Decimal, product: RecommendProduct, periodDays: number): CostEstimate {
  const range = premiumRange(product);
  const low = range?.low ?? null;
  const high = range?.high ?? null;
  const days = productPeriod(product, periodDays);
  const money = (p: string | null, d: number): string | null =>
    p === null ? null : formatMoney(premiumFor(amount, p, d));
  return {
    annualLowUsd: money(low, YEAR_DAYS),
    annualHighUsd: money(high, YEAR_DAYS),
    periodDays: days,
    periodLowUsd: money(low, days),
    periodHighUsd: money(high, days),
  };
}
