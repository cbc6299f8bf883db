import type { PriceBasis, PriceQuote } from "../price";
import type { RecommendProduct, RiskGap, RiskGrade, RiskType, UserPrefs } from "../types";

export type GradeProbabilities = Record<RiskGrade, number>;

export type BudgetInput = {
  /** Annual premium budget, decimal string. */
  budgetUsd: string;
  /** Every (position, risk) row; those at or above target get no variable. */
  gaps: readonly RiskGap[];
  products: readonly RecommendProduct[];
  prefs: UserPrefs;
  /** Annual loss probability per grade (0–1), overriding the defaults grade by grade. */
  gradeProbabilities?: Partial<GradeProbabilities>;
  /** Grade assumed for a position without one (default "C"). */
  defaultGrade?: RiskGrade;
  /** Point of a published range to price with (default mid). */
  priceBasis?: PriceBasis;
  /** The user's valid quotes by product id: a quote beats the catalog's price. */
  quotes?: ReadonlyMap<string, PriceQuote>;
  /** Pairs whose premium is above this multiple of the expected loss they cover are left out (default 3). */
  maxLoading?: number;
  /** "expected" (default): maximise expected loss covered; "tail": minimise CVaR₉₅ of loss plus premiums. */
  mode?: "expected" | "tail";
  /** Tail mode: simulated years (default 2,000) and the seed that makes them repeatable (default 1). */
  scenarios?: number;
  seed?: number;
};

/** Expected loss and CVaR₉₅ (mean of the worst 5 % of years) of the loss net of cover, premiums excluded. */
export type RiskFiguresUsd = { expectedLossUsd: string; cvar95Usd: string };

export type TailSummary = {
  scenarios: number;
  seed: number;
  /** On the simulated years: without new cover, and with this plan. */
  before: RiskFiguresUsd;
  after: RiskFiguresUsd;
  premiumUsd: string;
  /** Expected mode's plan on the same years, for comparison. */
  expectedModePlan: RiskFiguresUsd;
  /** Why the tail plan differs from expected mode's, in a few lines. */
  whyDifferent: string[];
};

export type Allocation = {
  positionId: string;
  positionLabel: string;
  risk: RiskType;
  productId: string;
  productName: string;
  providerName: string;
  /** Cover to buy, cents rounded down. */
  amountUsd: string;
  /** Annual premium at `premiumPct`, half-up to cents. */
  premiumUsd: string;
  premiumPct: string;
  /** Where `premiumPct` comes from ("your quote 2.1 % · Nov 28, 2026", "published range 1–29 %, mid 15 %"). */
  priceLabel: string;
  /** The value guard's multiple at that price. */
  valueMultiple: number | null;
  lossProbability: number;
  deductibleShare: number;
  /** amount · probability · (1 − deductible share), half-up to cents. */
  expectedLossCoveredUsd: string;
  /** The LP ignores purchase minimums: this row is below the product's. */
  belowMinimum: boolean;
};

export type BindingConstraint = {
  kind: "budget" | "capacity" | "gap";
  /** "budget", a product id, or "positionId:risk". */
  ref: string;
  text: string;
};

export type BudgetAssumptions = {
  gradeProbabilities: GradeProbabilities;
  defaultGrade: RiskGrade;
  premiumBasis: PriceBasis;
  maxLoading: number;
  notes: string[];
};

export type BudgetStatus = "optimal" | "empty" | "infeasible" | "error";

export type BudgetResult = {
  /** `empty`: nothing to optimise (no eligible, priced product for any gap). */
  status: BudgetStatus;
  /** HiGHS's own status words, or "not run". */
  solverStatus: string;
  budgetUsd: string;
  budgetUsedUsd: string;
  budgetLeftUsd: string;
  allocations: Allocation[];
  /** Σ probability · uninsured exposure over every gap given, before buying. */
  expectedLossOpenUsd: string;
  expectedLossCoveredUsd: string;
  /** open − covered. */
  expectedLossLeftUsd: string;
  /** Expected loss covered per extra dollar of budget (the budget row's dual), when known. */
  budgetShadowPrice: number | null;
  binding: BindingConstraint[];
  /** One line per kind of binding constraint, for a summary or a governance post. */
  summary: string[];
  notes: string[];
  /** Pairs the value guard kept out (DESIGN §10): how many, and the worst few in words. */
  poorValue: { count: number; examples: string[] };
  assumptions: BudgetAssumptions;
  size: { variables: number; gaps: number; products: number };
  mode: "expected" | "tail";
  /** Tail mode's risk figures; null in expected mode. */
  tail: TailSummary | null;
};
