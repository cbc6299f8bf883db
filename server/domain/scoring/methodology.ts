// The published methodology as data, for the UI to render next to the scores. Formula texts
// are the same constants the scoring code reports, so page and code cannot drift apart.
import { CATEGORY_KEYS, CATEGORY_LABELS } from "./categories";
import { COSTS_FORMULA } from "./costs";
import { COVERAGE_FORMULA } from "./coverage";
import { EDITORIAL_FORMULA } from "./editorial";
import { LIQUIDITY_FORMULA } from "./liquidity";
import { SECURITY_FORMULA } from "./security";
import type { CategoryKey } from "./types";
import { TOTAL_FORMULA } from "./weighted-total";
import { DEFAULT_WEIGHTS, MAX_WEIGHT } from "./weights";

export type MethodologyCategory = {
  key: CategoryKey;
  label: string;
  /** Out of 100 (DESIGN §4). */
  defaultWeight: number;
  /** computed = a formula over the facts; editorial = CoverDesk's judgement with a rationale. */
  kind: "computed" | "editorial";
  /** What the category measures, in one line. */
  question: string;
  /** The provider facts it reads (Provider columns). */
  facts: readonly string[];
  formula: string;
  /** What a missing fact scores. */
  whenUnknown: string;
};

type Described = Omit<MethodologyCategory, "key" | "label" | "defaultWeight">;

const DESCRIBED: Readonly<Record<CategoryKey, Described>> = {
  liquidity: {
    kind: "computed", question: "Can the provider pay a large claim?", facts: ["capacityUsd"],
    formula: LIQUIDITY_FORMULA, whenUnknown: "Unknown capacity scores 0 and is shown as unknown.",
  },
  security: {
    kind: "computed", question: "How likely is a valid claim to be honoured?",
    facts: ["regulated", "auditCount", "claimsPaidUsd", "foundedYear"], formula: SECURITY_FORMULA,
    whenUnknown: "Each unknown fact adds 0 and is shown as unknown; all four unknown scores 0.",
  },
  coverage: {
    kind: "computed", question: "Which crypto risks, on which chains?", facts: ["coverageTypes", "chains", "status"],
    formula: COVERAGE_FORMULA, whenUnknown: "Unknown types or chains add 0 and are shown as unknown; an unknown status is not penalised.",
  },
  costs: {
    kind: "computed", question: "What does a year of cover cost?", facts: ["premiumLowPct", "premiumHighPct"],
    formula: COSTS_FORMULA, whenUnknown: "No published premium (quote only) scores 0 and is shown as unknown.",
  },
  ux: {
    kind: "editorial", question: "How easy is it for a holder to buy and manage cover?", facts: ["uxScore", "uxRationale"],
    formula: EDITORIAL_FORMULA, whenUnknown: "No editorial score scores 0 and is shown as unknown.",
  },
  support: {
    kind: "editorial", question: "Docs, claims help and support when it matters.", facts: ["supportScore", "supportRationale"],
    formula: EDITORIAL_FORMULA, whenUnknown: "No editorial score scores 0 and is shown as unknown.",
  },
};

export const METHODOLOGY_CATEGORIES: readonly MethodologyCategory[] = CATEGORY_KEYS.map((key) => ({
  key,
  label: CATEGORY_LABELS[key],
  defaultWeight: DEFAULT_WEIGHTS[key],
  ...DESCRIBED[key],
}));

export const METHODOLOGY = {
  categories: METHODOLOGY_CATEGORIES,
  scale: "Every category scores 0–10, rounded half-up to one decimal.",
  total: TOTAL_FORMULA,
  weights: `Weights are relative, each 0–${MAX_WEIGHT}, at least one above 0; the defaults sum to 100.`,
  unknowns: "A missing fact is never guessed: it scores the floor (0) and is shown as unknown, fact by fact.",
  ranking: "By total, highest first; equal totals in order of name.",
} as const;
