import { Decimal, toCents } from "../money";
import type { CostEstimate } from "./cost";
import { premiumRange } from "./cost";
import { pctRange, usdCompact, usdWhole } from "./format";
import { CLAIMS_MODEL_REASON, displayName, VENUE_KIND_LABEL } from "./names";
import type { RecommendProduct, RiskGap } from "./types";

/**
 * Why a product fits, in short phrases ("covers Aave v3 on Ethereum", "parametric trigger",
 * "capacity $12M", "≈ $1,840/yr at 2.3 %"). Cautions go to warnings.ts, not here.
 */
export function reasonsFor(gap: RiskGap, product: RecommendProduct, cost: CostEstimate): string[] {
  const reasons = [scopeReason(gap, product)];
  if (product.claimsModel) reasons.push(CLAIMS_MODEL_REASON[product.claimsModel]);
  if (product.kycRequired === false) reasons.push("no KYC");
  if (product.capacityUsd !== null) reasons.push(`capacity ${usdCompact(toCents(product.capacityUsd))}`);
  reasons.push(costReason(product, cost));
  reasons.push(`provider score ${new Decimal(product.providerScore).toDecimalPlaces(1).toString()}/10`);
  return reasons;
}

/** Names the venue and chain; a wildcard scope says so rather than pretending to list them. */
export function scopeReason(gap: RiskGap, product: RecommendProduct): string {
  const venue = gap.venueName ?? displayName(gap.venue);
  const chain = gap.chainName ?? displayName(gap.chain);
  const venuePart = product.venues.includes(gap.venue)
    ? venue
    : `${venue} (any ${VENUE_KIND_LABEL[gap.venueKind]} venue)`;
  const chainPart = product.chains.includes(gap.chain) ? chain : `${chain} (any chain)`;
  return `covers ${venuePart} on ${chainPart}`;
}

function costReason(product: RecommendProduct, cost: CostEstimate): string {
  const range = premiumRange(product);
  if (!range || cost.annualLowUsd === null || cost.annualHighUsd === null) return "premium on quote only";
  const low = usdWhole(new Decimal(cost.annualLowUsd));
  const high = usdWhole(new Decimal(cost.annualHighUsd));
  const amount = low === high ? low : `${low}–${high}`;
  return `≈ ${amount}/yr at ${pctRange(range.low, range.high)}`;
}
