import { z } from "zod";
import {
  ZAssetKind, ZClaimsModel, ZCoverageType, ZDay, ZId, ZMoney, ZRiskGrade, ZVenueKind,
} from "./primitives";
import { ZGradeProbabilities, ZMaxLoading } from "./settings";

/** Periods a buyer can price: a day to three years. */
const ZPeriodDays = z.number().int("Whole days").min(1, "At least 1 day").max(1095, "At most 1,095 days (3 years)");

const ZPositiveMoney = ZMoney.refine((s) => Number(s) > 0, "Must be above 0");

export const ZPremiumSource = z.enum(["product", "provider"]).nullable();
export const ZPriceBasis = z.enum(["low", "mid", "high"], { error: "Choose low, mid or high" });
export type TPriceBasis = z.infer<typeof ZPriceBasis>;

export const ZPriceUsed = z.object({
  pct: z.string(),
  source: z.enum(["quote", "range", "published", "minimum", "initial"]),
  basis: ZPriceBasis.nullable(),
  label: z.string(),
  quoteId: z.string().nullable(),
});

export const ZValueJudgement = z.object({
  multiple: z.number().nullable(),
  poorValue: z.boolean(),
  lossProbability: z.number(),
  deductibleShare: z.number(),
  text: z.string(),
});

export const ZSuggestion = z.object({
  productId: z.string(),
  productSlug: z.string(),
  productName: z.string(),
  providerSlug: z.string(),
  providerName: z.string(),
  providerScore: z.number(),
  coverageType: ZCoverageType,
  claimsModel: ZClaimsModel.nullable(),
  amountUsd: z.string(),
  partial: z.boolean(),
  premiumLowPct: z.string().nullable(),
  premiumHighPct: z.string().nullable(),
  /** "provider": the product publishes no rate; its provider's published range was used. */
  premiumSource: ZPremiumSource,
  /** The rate the costs use and where it came from; null = quote only. */
  price: ZPriceUsed.nullable(),
  annualCostUsd: z.string().nullable(),
  periodCostUsd: z.string().nullable(),
  /** The value guard at that price (DESIGN §10); null = quote only. */
  value: ZValueJudgement.nullable(),
  poorValue: z.boolean(),
  annualCostLowUsd: z.string().nullable(),
  annualCostHighUsd: z.string().nullable(),
  periodDays: z.number().int(),
  periodCostLowUsd: z.string().nullable(),
  periodCostHighUsd: z.string().nullable(),
  reasons: z.array(z.string()),
  warnings: z.array(z.object({ code: z.string(), text: z.string(), checklistId: z.string() })),
  rank: z.number().int(),
  source: z.string().nullable(),
  sourceAsOf: z.string().nullable(),
  /** A draft cover of this product already sits on the position. */
  draftId: z.string().nullable(),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;

export const ZGapRecommendation = z.object({
  risk: ZCoverageType,
  exposureUsd: z.string(),
  insuredUsd: z.string(),
  ratio: z.number(),
  gapUsd: z.string(),
  /** Best first; the portfolio view sends the top few only (see suggestionsTotal). */
  suggestions: z.array(ZSuggestion),
  suggestionsTotal: z.number().int(),
  /** Products of this risk left out, with why; empty in the portfolio view (see excludedTotal). */
  excluded: z.array(z.object({
    productId: z.string(), productName: z.string(), providerName: z.string(),
    reasons: z.array(z.object({ code: z.string(), text: z.string() })),
  })),
  excludedTotal: z.number().int(),
});
export type TGapRecommendation = z.infer<typeof ZGapRecommendation>;

export const ZDraftCover = z.object({
  id: z.string(),
  productId: z.string().nullable(),
  productName: z.string(),
  providerName: z.string().nullable(),
  coverageType: ZCoverageType,
  amountUsd: z.string(),
  startsAt: z.string(),
  expiresAt: z.string(),
  /** The period's premium at the price it was advised at, and that price in words; null = quote only. */
  premiumUsd: z.string().nullable(),
  priceLabel: z.string().nullable(),
});
export type TDraftCover = z.infer<typeof ZDraftCover>;

export const ZPositionRecommendation = z.object({
  id: z.string(),
  label: z.string(),
  asset: z.string(),
  assetKind: ZAssetKind,
  venue: z.string(),
  /** The catalog's name for the venue; null = an unlisted venue. */
  venueName: z.string().nullable(),
  venueKind: ZVenueKind,
  chain: z.string(),
  valueUsd: z.string(),
  insuredUsd: z.string(),
  ratio: z.number(),
  riskGrade: ZRiskGrade.nullable(),
  /** False: the position carries no risk any cover market insures (e.g. a wallet holding ETH). */
  insurable: z.boolean(),
  /** Every risk below the target ratio; empty = nothing to buy. */
  gaps: z.array(ZGapRecommendation),
  drafts: z.array(ZDraftCover),
});
export type TPositionRecommendation = z.infer<typeof ZPositionRecommendation>;

/** The settings every suggestion was computed from, echoed so the page can explain it. */
export const ZRecommendationPrefs = z.object({
  region: z.string().nullable(),
  kycOk: z.boolean(),
  targetRatio: z.number(),
  weightsAreDefault: z.boolean(),
  periodDays: z.number().int(),
  priceBasis: ZPriceBasis,
  maxLoading: z.number(),
});

export const ZForPositionInput = z.object({ positionId: ZId, periodDays: ZPeriodDays.optional(), priceBasis: ZPriceBasis.optional() });
export const ZForPositionOutput = z.object({
  portfolioId: z.string(),
  asOf: z.string(),
  prefs: ZRecommendationPrefs,
  position: ZPositionRecommendation,
});
export type TForPositionOutput = z.infer<typeof ZForPositionOutput>;

export const PORTFOLIO_PAGE_MAX = 50;

export const ZForPortfolioInput = z.object({
  portfolioId: ZId,
  periodDays: ZPeriodDays.optional(),
  priceBasis: ZPriceBasis.optional(),
  /** Only positions with this risk below target, showing that risk only. */
  risk: ZCoverageType.optional(),
  /** Only positions of this risk grade ("none" = not graded). */
  grade: z.union([ZRiskGrade, z.literal("none")]).optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(PORTFOLIO_PAGE_MAX, `At most ${PORTFOLIO_PAGE_MAX} positions a page`).optional(),
  /** Suggestions sent per gap (best first); forPosition sends them all, with the exclusions. */
  suggestionsPerGap: z.number().int().min(1, "At least 1").max(50, "At most 50").optional(),
});
export type TForPortfolioInput = z.infer<typeof ZForPortfolioInput>;

export const ZForPortfolioOutput = z.object({
  portfolio: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  prefs: ZRecommendationPrefs,
  /** One page of the positions with a risk below target that match the filters, in portfolio order. */
  positions: z.array(ZPositionRecommendation),
  page: z.object({ offset: z.number().int(), limit: z.number().int(), total: z.number().int() }),
  /** Risks below target somewhere in the portfolio: the risk filter's choices. */
  risks: z.array(ZCoverageType),
  /** Over the whole portfolio, whatever the filters. */
  counts: z.object({
    positions: z.number().int(),
    belowTarget: z.number().int(),
    atTarget: z.number().int(),
    noCoverMarket: z.number().int(),
    withoutProduct: z.number().int(),
  }),
});
export type TForPortfolioOutput = z.infer<typeof ZForPortfolioOutput>;

export const ZOptimizeBudgetInput = z.object({
  portfolioId: ZId,
  budgetUsd: ZMoney,
  /** Overrides the saved assumptions for this run only. */
  gradeProbabilities: ZGradeProbabilities.optional(),
  priceBasis: ZPriceBasis.optional(),
  /** Overrides the saved value guard for this run only. */
  maxLoading: ZMaxLoading.optional(),
  /** "expected" (default) maximises expected loss covered; "tail" minimises CVaR₉₅ of loss plus premiums. */
  mode: z.enum(["expected", "tail"], { error: "Choose expected or tail" }).optional(),
  /** Tail mode: how many simulated years, and the seed that makes them repeatable. */
  scenarios: z.number().int("A whole number").min(100, "At least 100 scenarios").max(20_000, "At most 20,000 scenarios").optional(),
  seed: z.number().int("A whole number").min(0, "At least 0").max(2 ** 31 - 1, "At most 2147483647").optional(),
});

const ZRiskFigures = z.object({ expectedLossUsd: z.string(), cvar95Usd: z.string() });

const ZAllocation = z.object({
  positionId: z.string(), positionLabel: z.string(), risk: ZCoverageType, productId: z.string(),
  productName: z.string(), providerName: z.string(), amountUsd: z.string(), premiumUsd: z.string(),
  premiumPct: z.string(), lossProbability: z.number(), deductibleShare: z.number(),
  expectedLossCoveredUsd: z.string(), belowMinimum: z.boolean(),
  /** Where premiumPct comes from: "your quote 2.1 % · Nov 28, 2026", "published range 1–29 %, mid 15 %". */
  priceLabel: z.string(),
  valueMultiple: z.number().nullable(),
  /** "provider": the product publishes no rate; its provider's published range prices it. */
  premiumSource: ZPremiumSource,
});
export type TAllocation = z.infer<typeof ZAllocation>;

export const ZOptimizeBudgetOutput = z.object({
  portfolio: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(["optimal", "empty", "infeasible", "error"]),
  solverStatus: z.string(),
  budgetUsd: z.string(),
  budgetUsedUsd: z.string(),
  budgetLeftUsd: z.string(),
  allocations: z.array(ZAllocation),
  expectedLossOpenUsd: z.string(),
  expectedLossCoveredUsd: z.string(),
  expectedLossLeftUsd: z.string(),
  budgetShadowPrice: z.number().nullable(),
  binding: z.array(z.object({ kind: z.enum(["budget", "capacity", "gap"]), ref: z.string(), text: z.string() })),
  summary: z.array(z.string()),
  notes: z.array(z.string()),
  /** Pairs left out as poor value: how many, and the worst few in words. */
  poorValue: z.object({ count: z.number().int(), examples: z.array(z.string()) }),
  assumptions: z.object({
    gradeProbabilities: ZGradeProbabilities,
    defaultGrade: ZRiskGrade,
    premiumBasis: ZPriceBasis,
    maxLoading: z.number(),
    notes: z.array(z.string()),
    /** How many positions below target carry each grade ("none" = ungraded). */
    gradeCounts: z.record(z.enum(["A", "B", "C", "D", "E", "F", "none"]), z.number().int()),
  }),
  prefs: ZRecommendationPrefs,
  size: z.object({ variables: z.number().int(), gaps: z.number().int(), products: z.number().int() }),
  mode: z.enum(["expected", "tail"]),
  /** Tail mode's figures on the simulated years; null in expected mode. */
  tail: z.object({
    scenarios: z.number().int(),
    seed: z.number().int(),
    before: ZRiskFigures,
    after: ZRiskFigures,
    premiumUsd: z.string(),
    expectedModePlan: ZRiskFigures,
    whyDifferent: z.array(z.string()),
  }).nullable(),
  elapsedMs: z.number(),
});
export type TOptimizeBudgetOutput = z.infer<typeof ZOptimizeBudgetOutput>;

export const MAX_APPLY_ITEMS = 2000;

export const ZApplyItem = z.object({
  positionId: ZId,
  productId: ZId,
  amountUsd: ZPositiveMoney,
  periodDays: ZPeriodDays.optional(),
});

export const ZApplyInput = z.object({
  portfolioId: ZId,
  items: z.array(ZApplyItem).min(1, "Pick at least one suggestion").max(MAX_APPLY_ITEMS, `At most ${MAX_APPLY_ITEMS} at once`),
  /** Defaults to today (UTC). */
  startsAt: ZDay.optional(),
  /** The price basis the suggestions were shown at (default mid); a valid quote still comes first. */
  priceBasis: ZPriceBasis.optional(),
});
export type TApplyInput = z.infer<typeof ZApplyInput>;

export const ZApplyOutput = z.object({
  created: z.array(ZDraftCover.extend({ positionId: z.string() })),
  /** Earlier drafts of the same product on the same position, replaced by these. */
  replaced: z.number().int().nonnegative(),
});
export type TApplyOutput = z.infer<typeof ZApplyOutput>;
