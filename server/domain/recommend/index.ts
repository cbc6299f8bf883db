/** Recommendations and the premium-budget optimizer (DESIGN §5). Pure, apart from loading HiGHS. */
export { recommendForRiskGaps } from "./recommend-position";
export { checkEligibility, partitionProducts, type EligibilityResult } from "./eligibility";
export { gapToTarget, suggestAmount, type SuggestedAmount } from "./suggested-amount";
export { estimateCost, premiumFor, premiumRange, productPeriod, YEAR_DAYS, type CostEstimate } from "./cost";
export { CLAIMS_MODEL_ORDER, compareRank, rankSuggestions, type RankKey } from "./rank";
export { BUYERS_CHECKLIST, CHECKLIST_ITEMS, MISTAKES, RED_FLAGS } from "./checklist";
export type { ChecklistEntry, ChecklistId } from "./checklist";
export type * from "./types";
export { optimizeBudget, solveBudget, type LpSolver } from "./optimizer/solve-budget";
export { loadSolver } from "./optimizer/load-solver";
export { DEFAULT_GRADE, DEFAULT_GRADE_PROBABILITIES } from "./optimizer/assumptions";
export type * from "./optimizer/types";
