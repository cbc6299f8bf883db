/** Provider scoring (DESIGN §4): six category scores from the facts, weighted total, ranking. Pure. */
export type * from "./types";
export { CATEGORY_KEYS, CATEGORY_LABELS } from "./categories";
export { scoreLiquidity, LIQUIDITY_FORMULA } from "./liquidity";
export { scoreSecurity, SECURITY_FORMULA } from "./security";
export { scoreCoverage, COVERAGE_FORMULA, CRYPTO_COVERAGE_TYPES } from "./coverage";
export { scoreCosts, COSTS_FORMULA } from "./costs";
export { scoreUx, scoreSupport, EDITORIAL_FORMULA } from "./editorial";
export {
  DEFAULT_WEIGHTS, MAX_WEIGHT, assertWeights, normaliseWeights, parseWeights, validateWeights,
  type WeightErrors, type WeightsResult,
} from "./weights";
export { weightedTotal, TOTAL_FORMULA } from "./weighted-total";
export { scoreCategories, scoreProvider } from "./score-provider";
export { compareScored, rankProviders, rankScored } from "./rank-providers";
export { METHODOLOGY, METHODOLOGY_CATEGORIES, type MethodologyCategory } from "./methodology";
