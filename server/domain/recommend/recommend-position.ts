import { Decimal, formatMoney, toCents } from "../money";
import { buildSuggestion, type SuggestionContext } from "./build-suggestion";
import { YEAR_DAYS } from "./cost";
import { partitionProducts } from "./eligibility";
import { rankSuggestions } from "./rank";
import { withoutSupersededGenerics } from "./venue-listing";
import { gapToTarget } from "./suggested-amount";
import { DEFAULT_GRADE, effectiveProbabilities } from "./optimizer/assumptions";
import { DEFAULT_PRICE_BASIS } from "./price";
import { DEFAULT_MAX_LOADING } from "./value-guard";
import type {
  ExcludedProduct, GapRecommendation, RecommendOptions, RecommendProduct, RiskGap, Suggestion, UserPrefs,
} from "./types";

/**
 * DESIGN §5 steps 1–4 for every (position, risk) below the user's target ratio, in input order.
 * Gaps at or above target (or with nothing to insure) are left out of the result. A gap with no
 * eligible product is kept with an empty `suggestions` list, so the UI can say so and show why.
 */
export function recommendForRiskGaps(
  gaps: readonly RiskGap[],
  products: readonly RecommendProduct[],
  prefs: UserPrefs,
  opts: RecommendOptions = {},
): GapRecommendation[] {
  const periodDays = opts.periodDays ?? YEAR_DAYS;
  if (!Number.isInteger(periodDays) || periodDays <= 0) throw new RangeError("periodDays must be a positive integer");
  const incidents = new Set(opts.knownIncidentVenues ?? []);
  const probabilities = opts.probabilities ?? effectiveProbabilities();
  const shared = {
    prefs, periodDays, priceBasis: opts.priceBasis ?? DEFAULT_PRICE_BASIS, quotes: opts.quotes ?? new Map(),
    maxLoading: opts.maxLoading ?? DEFAULT_MAX_LOADING,
  };
  const out: GapRecommendation[] = [];
  for (const gap of gaps) {
    const exactGap = gapToTarget(gap, prefs.targetRatio);
    if (!(gap.ratio < prefs.targetRatio) || !exactGap.gt(0)) continue;
    out.push(recommendForGap(gap, products, {
      ...shared, gap, exactGap, incidentKnown: incidents.has(gap.venue),
      lossProbability: probabilities[gap.riskGrade ?? opts.defaultGrade ?? DEFAULT_GRADE],
    }));
  }
  return out;
}

function recommendForGap(gap: RiskGap, products: readonly RecommendProduct[], ctx: SuggestionContext): GapRecommendation {
  const partition = partitionProducts(gap, products, ctx.prefs);
  const { kept: eligible, superseded } = withoutSupersededGenerics(gap, partition.eligible);
  const excluded = [...partition.excluded, ...superseded];
  const built: Omit<Suggestion, "rank">[] = [];
  const noCapacity: ExcludedProduct[] = [];
  for (const product of eligible) {
    const s = buildSuggestion(product, ctx);
    if (toCents(s.amountUsd).gt(0)) built.push(s);
    else noCapacity.push(exhausted(product));
  }
  return {
    positionId: gap.positionId,
    positionLabel: gap.positionLabel,
    risk: gap.risk,
    exposureUsd: formatMoney(toCents(gap.exposureUsd)),
    insuredUsd: formatMoney(toCents(gap.insuredUsd)),
    gapUsd: formatMoney(ctx.exactGap.toDecimalPlaces(0, Decimal.ROUND_CEIL)),
    suggestions: rankSuggestions(built),
    excluded: [...excluded, ...noCapacity],
  };
}

function exhausted(product: RecommendProduct): ExcludedProduct {
  return {
    productId: product.id,
    productName: product.name,
    providerName: product.providerName,
    reasons: [{ code: "no_capacity", text: "no capacity left to write cover" }],
  };
}
