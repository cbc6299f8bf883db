import type { ChecklistId } from "./checklist";
import type { GradeProbabilities } from "./optimizer/types";
import type { PriceBasis, PriceQuote, PriceUsed } from "./price";
import type { ValueJudgement } from "./value-guard";

/**
 * Plain input and output types of the recommendation module (DESIGN §5).
 * No Prisma types: the caller maps rows and the sizing result into these.
 * Money is a decimal string in ("1234.5") and a two-decimal string out ("1234.50").
 */

export type RiskType =
  | "protocol_exploit" | "depeg" | "custody_theft" | "exchange_halt" | "slashing"
  | "bridge" | "oracle" | "parametric_other" | "fund_portfolio" | "audit_bundled";

export type VenueKind = "defi" | "cex" | "custodian" | "wallet";
export type AssetKind = "stablecoin" | "lst" | "native" | "other";
export type ClaimsModel =
  | "discretionary_vote" | "parametric" | "automated_rules" | "insurer_adjusted" | "custodian_policy";
export type ProviderStatus = "active" | "wound_down" | "unknown";
export type ProductStatus = "active" | "deprecated" | "unknown";
export type DeductibleKind = "pct_of_loss" | "pct_of_cover" | "fixed_usd";
export type RiskGrade = "A" | "B" | "C" | "D" | "E" | "F";

/** A catalog product joined with its provider's facts and the user's weighted provider score. */
export type RecommendProduct = {
  id: string;
  slug: string;
  name: string;
  providerSlug: string;
  providerName: string;
  providerStatus: ProviderStatus;
  /** Weighted provider score 0–10 under the user's weights (DESIGN §4), computed by the caller. */
  providerScore: number;
  /** ISO 3166 alpha-2 codes. */
  regionsExcluded: string[];
  coverageType: RiskType;
  /** Product status; `deprecated` products are never suggested. Absent = unknown. */
  status?: ProductStatus;
  /** Venue slugs, or "*" = any venue of `venueKinds`; empty = scope not stated. */
  venues: string[];
  /** Empty = any kind. */
  venueKinds: VenueKind[];
  /** Chain slugs, or "*"; empty = scope not stated. */
  chains: string[];
  /** Annual premium % of the amount; null = quote only. */
  premiumLowPct: string | null;
  premiumHighPct: string | null;
  /** Whose price that is: the product's own, its provider's published range, or none; absent = unknown. */
  premiumSource?: "product" | "provider" | null;
  /** What a single published figure is: a price, a minimum (a floor), or an old initial price; absent = a price. */
  premiumKind?: "published" | "minimum" | "initial" | null;
  /** When the catalog's price was true, if dated. */
  priceAsOf?: string | null;
  deductible?: { kind: DeductibleKind; value: string } | null;
  minAmountUsd: string | null;
  capacityUsd: string | null;
  claimsModel: ClaimsModel | null;
  kycRequired: boolean | null;
  minPeriodDays: number | null;
  maxPeriodDays: number | null;
};

/** One (position, risk) row of the sizing result, with what the position says about itself. */
export type RiskGap = {
  positionId: string;
  positionLabel: string;
  venue: string;
  venueKind: VenueKind;
  chain: string;
  asset: string;
  assetKind: AssetKind;
  risk: RiskType;
  exposureUsd: string;
  insuredUsd: string;
  ratio: number;
  /** For the budget optimizer; absent = the default grade (see optimizer/assumptions.ts). */
  riskGrade?: RiskGrade | null;
  /** Display names; absent = derived from the slugs (see names.ts). */
  venueName?: string;
  chainName?: string;
};

export type UserPrefs = {
  /** ISO 3166 alpha-2, or null when the user has not said. */
  region: string | null;
  /** Is the user willing to do KYC. */
  kycOk: boolean;
  /** Target coverage ratio, 0–1 (default 0.8 in settings). */
  targetRatio: number;
};

export type WarningCode =
  | "kyc_required" | "kyc_unknown" | "discretionary_claims" | "vague_scope" | "incident_known"
  | "custodial_not_fdic" | "region_unknown" | "capacity_partial" | "minimum_above_gap"
  | "quote_only" | "period_adjusted" | "deductible";

export type SuggestionWarning = {
  code: WarningCode;
  text: string;
  /** The buyer's checklist entry it comes from (checklist.ts). */
  checklistId: ChecklistId;
};

export type Suggestion = {
  productId: string;
  productSlug: string;
  productName: string;
  providerSlug: string;
  providerName: string;
  providerScore: number;
  coverageType: RiskType;
  claimsModel: ClaimsModel | null;
  /** Whole dollars, two decimals ("12000.00"). */
  amountUsd: string;
  /** Capacity is below the amount wanted: the product covers only part of the gap. */
  partial: boolean;
  /** The product names the position's venue itself rather than covering it through "*". */
  venueListed?: boolean;
  premiumLowPct: string | null;
  premiumHighPct: string | null;
  /** The rate the costs below use and where it came from; null = quote only. */
  price: PriceUsed | null;
  /** Annual and period premium at `price`; null = quote only. */
  annualCostUsd: string | null;
  periodCostUsd: string | null;
  /** The value guard's multiple at `price` (DESIGN §10); null = quote only. */
  value: ValueJudgement | null;
  /** `value` says poor value (ranked after the rest, kept out of the optimizer). */
  poorValue: boolean;
  /** `price.pct`, null = quote only (the rank key). */
  pricePct: string | null;
  /** The catalog's range at its ends, for reference; null = quote only. */
  annualCostLowUsd: string | null;
  annualCostHighUsd: string | null;
  /** The period priced: the chosen period clamped to the product's min/max. */
  periodDays: number;
  periodCostLowUsd: string | null;
  periodCostHighUsd: string | null;
  reasons: string[];
  warnings: SuggestionWarning[];
  /** 1 = best. */
  rank: number;
};

export type ExclusionCode =
  | "coverage_type" | "venue_kind" | "venue" | "chain" | "provider_inactive"
  | "product_deprecated" | "region_excluded" | "kyc_required" | "no_capacity" | "superseded";

export type Exclusion = { code: ExclusionCode; text: string };

export type ExcludedProduct = {
  productId: string;
  productName: string;
  providerName: string;
  reasons: Exclusion[];
};

export type GapRecommendation = {
  positionId: string;
  positionLabel: string;
  risk: RiskType;
  exposureUsd: string;
  insuredUsd: string;
  /** targetRatio · E − insured, rounded up to whole dollars. */
  gapUsd: string;
  suggestions: Suggestion[];
  /** Products of the right coverage type that were left out, with why (for the UI). */
  excluded: ExcludedProduct[];
};

export type RecommendOptions = {
  /** Period to price; default 365. Clamped per product to its min/max period. */
  periodDays?: number;
  /** Point of a published range to price with; default mid. */
  priceBasis?: PriceBasis;
  /** The user's valid quotes by product id: a quote beats the catalog's price. */
  quotes?: ReadonlyMap<string, PriceQuote>;
  /** Annual loss probability per grade, for the value guard; default DEFAULT_GRADE_PROBABILITIES. */
  probabilities?: GradeProbabilities;
  /** Grade of an ungraded position; default DEFAULT_GRADE. */
  defaultGrade?: RiskGrade;
  /** Multiple above which a suggestion is poor value; default DEFAULT_MAX_LOADING. */
  maxLoading?: number;
  /** Venue slugs with an incident already known (cover bought now will not pay for it). */
  knownIncidentVenues?: string[];
};
