import { formatMoney, type Decimal } from "../money";
import { estimateCost, premiumFor, premiumRange, YEAR_DAYS } from "./cost";
import { deductibleShare } from "./optimizer/assumptions";
import type { PriceBasis, PriceQuote } from "./price";
import { priceFor } from "./price";
import { reasonsFor } from "./reasons";
import { suggestAmount } from "./suggested-amount";
import type { RecommendProduct, RiskGap, Suggestion, UserPrefs } from "./types";
import { judgeValue } from "./value-guard";
import { warningsFor } from "./warnings";

export type SuggestionContext = {
  gap: RiskGap;
  exactGap: Decimal;
  prefs: UserPrefs;
  periodDays: number;
  incidentKnown: boolean;
  priceBasis: PriceBasis;
  quotes: ReadonlyMap<string, PriceQuote>;
  /** Annual loss probability of the gap's risk grade. */
  lossProbability: number;
  maxLoading: number;
};

/** One eligible product priced and explained for one gap; `rank` is set later by rank.ts. */
export function buildSuggestion(product: RecommendProduct, ctx: SuggestionContext): Omit<Suggestion, "rank"> {
  const amount = suggestAmount(ctx.exactGap, product);
  const cost = estimateCost(amount.amountUsd, product, ctx.periodDays);
  const range = premiumRange(product);
  const price = priceFor(product, ctx.priceBasis, ctx.quotes.get(product.id) ?? null);
  const value = price && judgeValue(price.pct, ctx.lossProbability, deductibleShare(product, amount.amountUsd), ctx.maxLoading);
  const warnings = warningsFor({
    gap: ctx.gap,
    product,
    prefs: ctx.prefs,
    amountUsd: amount.amountUsd,
    gapUsd: amount.gapUsd,
    partial: amount.partial,
    raisedToMinimum: amount.raisedToMinimum,
    quoteOnly: price === null,
    requestedPeriodDays: ctx.periodDays,
    periodDays: cost.periodDays,
    incidentKnown: ctx.incidentKnown,
  });
  const annualCostUsd = price && formatMoney(premiumFor(amount.amountUsd, price.pct, YEAR_DAYS));
  return {
    productId: product.id,
    productSlug: product.slug,
    productName: product.name,
    providerSlug: product.providerSlug,
    providerName: product.providerName,
    providerScore: product.providerScore,
    coverageType: product.coverageType,
    claimsModel: product.claimsModel,
    amountUsd: formatMoney(amount.amountUsd),
    partial: amount.partial,
    venueListed: product.venues.includes(ctx.gap.venue),
    price,
    annualCostUsd,
    periodCostUsd: price && formatMoney(premiumFor(amount.amountUsd, price.pct, cost.periodDays)),
    value,
    poorValue: value?.poorValue ?? false,
    pricePct: price?.pct ?? null,
    premiumLowPct: range?.low ?? null,
    premiumHighPct: range?.high ?? null,
    annualCostLowUsd: cost.annualLowUsd,
    annualCostHighUsd: cost.annualHighUsd,
    periodDays: cost.periodDays,
    periodCostLowUsd: cost.periodLowUsd,
    periodCostHighUsd: cost.periodHighUsd,
    reasons: reasonsFor(ctx.gap, product, price, annualCostUsd),
    warnings,
  };
}
