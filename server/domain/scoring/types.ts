// Types of the provider scoring module (DESIGN §4). Plain data: no Prisma, no framework.

/** The six categories of the published methodology, in display order. */
export type CategoryKey = "liquidity" | "security" | "coverage" | "costs" | "ux" | "support";

/** Same values as Prisma's ProviderStatus, restated so this module stays framework-free. */
export type ProviderStatus = "active" | "wound_down" | "unknown";

/**
 * The facts one provider is scored on, as stored on the Provider row. null (or an empty list)
 * = unknown: it scores the floor and is shown as unknown, never guessed.
 * Money and percentages are decimal strings ("278000000", "1.5"), never floats.
 */
export type ScoringFacts = {
  slug: string;
  name: string;
  status: ProviderStatus;
  /** USD the provider can pay out (capital / capacity), decimal string. */
  capacityUsd: string | null;
  /** USD of claims paid publicly on record, decimal string. */
  claimsPaidUsd: string | null;
  /** Annual premium range in percent of the amount covered, decimal strings. */
  premiumLowPct: string | null;
  premiumHighPct: string | null;
  regulated: boolean | null;
  auditCount: number | null;
  foundedYear: number | null;
  /** CoverageType slugs (DESIGN §2 vocabulary); [] = unknown. */
  coverageTypes: readonly string[];
  /** Chain slugs; [] = unknown. */
  chains: readonly string[];
  /** Editorial scores 0–10 with their one-line rationale. */
  uxScore: number | null;
  uxRationale: string | null;
  supportScore: number | null;
  supportRationale: string | null;
};

/** Relative weight per category: finite, 0–MAX_WEIGHT, not all zero (see weights.ts). */
export type Weights = Record<CategoryKey, number>;

/** One fact a score used; value null = unknown. */
export type ScoreInput = { label: string; value: string | null };

export type CategoryScore = {
  category: CategoryKey;
  label: string;
  /** 0–10, one decimal. */
  score: number;
  /** No fact this category rests on is known: the score is the unknown floor (0). */
  unknown: boolean;
  /** Some, not all, of its facts are unknown; those parts scored 0 (see inputs). */
  partial: boolean;
  inputs: ScoreInput[];
  /** The formula in words and symbols, the same for every provider. */
  formula: string;
  /** The formula worked through with this provider's numbers. */
  explanation: string;
};

/** A provider's six scores and weighted total, before ranking. */
export type ScoredProvider = {
  slug: string;
  name: string;
  categories: CategoryScore[];
  /** Σ wₖ·sₖ / Σ wₖ over the one-decimal category scores, two decimals. */
  total: number;
  /** The weighted total worked through with this provider's numbers. */
  totalExplanation: string;
};

/** rank: 1-based position after sorting by total desc, ties by name. */
export type ProviderScore = ScoredProvider & { rank: number };

export type ScoreOptions = {
  /** The year "years active" is counted to: an input, never the clock. */
  asOfYear: number;
  /** Defaults to DEFAULT_WEIGHTS. */
  weights?: Weights;
};
