import { displayName, riskLabel, VENUE_KIND_LABEL } from "./names";
import type { ExcludedProduct, Exclusion, RecommendProduct, RiskGap, UserPrefs } from "./types";

/**
 * Eligibility of a product for one (position, risk) — DESIGN §5 step 1. Every failing rule is
 * reported (not only the first), so the UI can explain an exclusion in full. Capacity is not a
 * rule here: a product whose capacity is below the gap stays eligible and is marked partial by
 * suggested-amount.ts.
 */
export type EligibilityResult = { eligible: boolean; exclusions: Exclusion[] };

type Rule = (gap: RiskGap, product: RecommendProduct, prefs: UserPrefs) => Exclusion | null;

const coverageType: Rule = (gap, product) =>
  product.coverageType === gap.risk
    ? null
    : { code: "coverage_type", text: `covers ${riskLabel(product.coverageType)}, not ${riskLabel(gap.risk)}` };

const venueKind: Rule = (gap, product) =>
  product.venueKinds.length === 0 || product.venueKinds.includes(gap.venueKind)
    ? null
    : { code: "venue_kind", text: `does not cover ${VENUE_KIND_LABEL[gap.venueKind]} venues` };

/** An empty venue list means "scope not stated": kept, with a vague-scope warning (warnings.ts). */
const venue: Rule = (gap, product) =>
  inScope(product.venues, gap.venue)
    ? null
    : { code: "venue", text: `does not list ${gap.venueName ?? displayName(gap.venue)}` };

const chain: Rule = (gap, product) =>
  inScope(product.chains, gap.chain)
    ? null
    : { code: "chain", text: `not available on ${gap.chainName ?? displayName(gap.chain)}` };

const providerActive: Rule = (_gap, product) =>
  product.providerStatus === "active"
    ? null
    : { code: "provider_inactive", text: `${product.providerName} is not active (${product.providerStatus.replace("_", " ")})` };

const productLive: Rule = (_gap, product) =>
  product.status === "deprecated" ? { code: "product_deprecated", text: "product is deprecated" } : null;

const region: Rule = (_gap, product, prefs) => {
  if (!prefs.region) return null;
  const mine = prefs.region.toUpperCase();
  return product.regionsExcluded.some((r) => r.toUpperCase() === mine)
    ? { code: "region_excluded", text: `not offered in your region (${mine})` }
    : null;
};

/** Only a known `true` excludes: an unknown KYC policy is kept with a warning. */
const kyc: Rule = (_gap, product, prefs) =>
  product.kycRequired === true && !prefs.kycOk
    ? { code: "kyc_required", text: "requires KYC, which you chose not to do" }
    : null;

const RULES: Rule[] = [coverageType, venueKind, venue, chain, providerActive, productLive, region, kyc];

export function inScope(list: string[], slug: string): boolean {
  return list.length === 0 || list.includes("*") || list.includes(slug);
}

export function checkEligibility(gap: RiskGap, product: RecommendProduct, prefs: UserPrefs): EligibilityResult {
  const exclusions: Exclusion[] = [];
  for (const rule of RULES) {
    const why = rule(gap, product, prefs);
    if (why) exclusions.push(why);
  }
  return { eligible: exclusions.length === 0, exclusions };
}

/**
 * Splits the catalog for one gap. Excluded products are reported only when their coverage type
 * matches the risk: listing every depeg product as "not protocol exploit" would be noise.
 */
export function partitionProducts(
  gap: RiskGap,
  products: readonly RecommendProduct[],
  prefs: UserPrefs,
): { eligible: RecommendProduct[]; excluded: ExcludedProduct[] } {
  const eligible: RecommendProduct[] = [];
  const excluded: ExcludedProduct[] = [];
  for (const product of products) {
    const result = checkEligibility(gap, product, prefs);
    if (result.eligible) eligible.push(product);
    else if (product.coverageType === gap.risk) {
      excluded.push({
        productId: product.id,
        productName: product.name,
        providerName: product.providerName,
        reasons: result.exclusions,
      });
    }
  }
  return { eligible, excluded };
}
