export { buildTailLp } from "./build-tail-lp";
export { riskDrivers, type DriverKind, type RiskDriver, type TailDriver } from "./drivers";
export {
  netLossByGap, riskFigures, scenarioLosses, worstYearShares, type PlanAmounts, type RiskFigures,
} from "./evaluate-plan";
export { explainTail, MAX_LINES } from "./explain-tail";
export { amountsFromAllocations } from "./plan-amounts";
export {
  DEFAULT_SCENARIOS, DEFAULT_SEED, drawScenarios, MAX_SCENARIOS, type ScenarioOptions, type ScenarioSet,
} from "./scenarios";
export {
  solveTail, solveTailOn, tailSetup, type TailOptions, type TailResult, type TailSetup, type TailSolution,
  type TailSolver,
} from "./solve-tail";
export { BETA, cvar, meanLoss, tailWeights } from "./tail-measure";
