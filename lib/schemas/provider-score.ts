// Input and output schemas of provider.list / get / compare: the catalog facts with their
// sources, and the methodology scores the server computed (pages never compute a score).
import { z } from "zod";
import {
  ZColumnSources, ZCoverProduct, ZFact, ZProductTerm, ZProviderDetail, ZProviderFilters, ZProviderSummary, ZSourceRef,
} from "./provider";
import { ZWeights } from "./settings";

export const CATEGORY_KEYS = ["liquidity", "security", "coverage", "costs", "ux", "support"] as const;
export const ZCategoryKey = z.enum(CATEGORY_KEYS);
export type TCategoryKey = z.infer<typeof ZCategoryKey>;

export const ZCategoryScore = z.object({
  category: ZCategoryKey,
  label: z.string(),
  score: z.number().min(0).max(10),
  unknown: z.boolean(),
  partial: z.boolean(),
  inputs: z.array(z.object({ label: z.string(), value: z.string().nullable() })),
  formula: z.string(),
  explanation: z.string(),
  /** The facts the score read, with their sources (empty where the catalog row does not need them). */
  sources: z.array(ZSourceRef),
});
export type TCategoryScore = z.infer<typeof ZCategoryScore>;

/** Whose weights a score used: the call's own, the user's saved settings, or the published default. */
export const ZWeightsSource = z.enum(["input", "saved", "default"]);
export type TWeightsSource = z.infer<typeof ZWeightsSource>;

export const ZProviderScore = z.object({
  total: z.number().min(0).max(10),
  /** 1-based, among `rankOf` providers scored together. */
  rank: z.number().int().min(1),
  rankOf: z.number().int().min(1),
  totalExplanation: z.string(),
  categories: z.array(ZCategoryScore),
  weightsSource: ZWeightsSource,
});
export type TProviderScore = z.infer<typeof ZProviderScore>;

const ZEditorialSources = z.object({ ux: z.array(ZSourceRef), support: z.array(ZSourceRef) });

// provider.list --------------------------------------------------------------------------

export const ZListProvidersInput = z
  .object({ filters: ZProviderFilters.optional(), weights: ZWeights.optional() })
  .optional();

/** A catalog row: its facts, where each came from, and its score ranked over the whole catalog. */
export const ZProviderCard = ZProviderSummary.extend({
  sources: ZColumnSources,
  score: ZProviderScore.omit({ categories: true, totalExplanation: true }).extend({
    categories: z.array(ZCategoryScore.pick({ category: true, label: true, score: true, unknown: true, partial: true })),
  }),
});
export type TProviderCard = z.infer<typeof ZProviderCard>;
export const ZListProvidersOutput = z.array(ZProviderCard);

// provider.get ---------------------------------------------------------------------------

export const ZProviderSlug = z.string().trim().toLowerCase().min(1, "Required").max(64, "At most 64 characters");
export const ZGetProviderInput = z.object({ slug: ZProviderSlug });

export const ZProviderProduct = ZCoverProduct.extend({ termSources: z.partialRecord(ZProductTerm, ZSourceRef) });
export type TProviderProduct = z.infer<typeof ZProviderProduct>;

export const ZGetProviderOutput = ZProviderDetail.extend({
  /** Every researched fact by its key; null = researched but not found. */
  facts: z.record(z.string(), ZFact.nullable()),
  sources: ZColumnSources,
  editorialSources: ZEditorialSources,
  products: z.array(ZProviderProduct),
  score: ZProviderScore,
});
export type TGetProviderOutput = z.infer<typeof ZGetProviderOutput>;

// provider.compare -----------------------------------------------------------------------

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

export const ZCompareProvidersInput = z.object({
  slugs: z
    .array(ZProviderSlug)
    .min(MIN_COMPARE, `Choose at least ${MIN_COMPARE} providers`)
    .max(MAX_COMPARE, `Compare at most ${MAX_COMPARE} providers`)
    .refine((s) => new Set(s).size === s.length, "Each provider only once"),
  weights: ZWeights.optional(),
});

export const ZMethodology = z.object({
  categories: z.array(z.object({
    key: ZCategoryKey,
    label: z.string(),
    defaultWeight: z.number(),
    kind: z.enum(["computed", "editorial"]),
    question: z.string(),
    facts: z.array(z.string()),
    formula: z.string(),
    whenUnknown: z.string(),
  })),
  scale: z.string(),
  total: z.string(),
  weights: z.string(),
  unknowns: z.string(),
  ranking: z.string(),
});
export type TMethodology = z.infer<typeof ZMethodology>;

export const ZCompareProvider = ZProviderSummary.extend({
  statusDate: z.string().nullable(),
  sources: ZColumnSources,
  editorialSources: ZEditorialSources,
  score: ZProviderScore,
});
export type TCompareProvider = z.infer<typeof ZCompareProvider>;

export const ZCompareProvidersOutput = z.object({
  weights: ZWeights,
  weightsSource: ZWeightsSource,
  defaultWeights: ZWeights,
  methodology: ZMethodology,
  /** Best first (rank 1 … n among the compared providers). */
  providers: z.array(ZCompareProvider),
});
export type TCompareProvidersOutput = z.infer<typeof ZCompareProvidersOutput>;
