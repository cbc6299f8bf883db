import { Decimal, toCents } from "../money";
import { usdCompact, usdWhole } from "./format";
import { CLAIMS_MODEL_REASON, displayName, VENUE_KIND_LABEL } from "./names";
import type { PriceUsed } from "./price";
import type { RecommendProduct, RiskGap } from "./types";

/**
 * Why a product fits, in short phrases ("covers Aave v3 on Ethereum", "parametric trigger",
 * "capacity $12M", "≈ $1,840/yr at your quote 2.3 % · Nov 28, 2026"). Cautions go to warnings.ts, not here.
 */
export function reasonsFor(gap: RiskGap, product: RecommendProduct, price: PriceUsed | null, annualCostUsd: string | null): string[] {
  const reasons = [scopeReason(gap, product)];
  if (product.claimsModel) reasons.push(CLAIMS_MODEL_REASON[product.claimsModel]);
  if (product.kycRequired === false) reasons.push("no KYC");
  if (product.capacityUsd !== null) reasons.push(`capacity ${usdCompact(toCents(product.capacityUsd))}`);
  reasons.push(price && annualCostUsd !== null ? `≈ ${usdWhole(new Decimal(annualCostUsd))}/yr at ${price.label}` : "premium on quote only");
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
