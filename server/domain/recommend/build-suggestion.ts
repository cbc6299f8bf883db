import { formatMoney, type Decimal } from "../money";
import { estimateCost, premiumRange } from "./cost";
import { reasonsFor } from "./reasons";
import { suggestAmount } from "./suggested-amount";
import type { RecommendProduct, RiskGap, Suggestion, UserPrefs } from "./types";
import { warningsFor } from "./warnings";

export type SuggestionContext = {
  gap: RiskGap;
  exactGap: Decimal;
  prefs: UserPrefs;
  periodDays: number;
  incidentKnown: boolean;
};

/** One eligible product priced and explained for one gap; `rank` is set later by rank.ts. */
export function buildSuggestion(product: RecommendProduct, ctx: SuggestionContext): Omit<Suggestion, "rank"> {
  const amount = suggestAmount(ctx.exactGap, product);
  const cost = estimateCost(amount.amountUsd, product, ctx.periodDays);
  const range = premiumRange(product);
  const warnings = warningsFor({
    gap: ctx.gap,
    product,
    prefs: ctx.prefs,
    amountUsd: amount.amountUsd,
    gapUsd: amount.gapUsd,
    partial: amount.partial,
    raisedToMinimum: amount.raisedToMinimum,
    quoteOnly: range === null,
    requestedPeriodDays: ctx.periodDays,
    periodDays: cost.periodDays,
    incidentKnown: ctx.incidentKnown,
  });
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
    premiumLowPct: range?.low ?? null,
    premiumHighPct: range?.high ?? null,
    annualCostLowUsd: cost.annualLowUsd,
    annualCostHighUsd: cost.annualHighUsd,
    periodDays: cost.periodDays,
    periodCostLowUsd: cost.periodLowUsd,
    periodCostHighUsd: cost.periodHighUsd,
    reasons: reasonsFor(ctx.gap, product, cost),
    warnings,
  };
}
