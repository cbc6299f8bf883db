import { Decimal, formatMoney, ZERO } from "../../../money";
import type { LpModel } from "../variables";
import type { RiskDriver } from "./drivers";
import type { ScenarioSet } from "./scenarios";
import { BETA, cvar, meanLoss, tailWeights } from "./tail-measure";

/** Annual loss net of existing and new cover, premiums excluded. */
export type RiskFigures = { expectedLossUsd: string; cvar95Usd: string };

/** A plan: cover bought per model variable, in dollars (missing = none). */
export type PlanAmounts = readonly (Decimal | undefined)[];

/** Per gap, what a loss would still cost once the plan's cover pays: (open − Σ (1 − d)·amount)⁺. */
export function netLossByGap(model: LpModel, amounts: PlanAmounts): Decimal[] {
  const paid = model.gaps.map(() => ZERO);
  model.vars.forEach((v, i) => {
    const amount = amounts[i];
    if (amount && amount.gt(0)) {
      paid[v.gapIndex] = paid[v.gapIndex]!.plus(amount.times(new Decimal(1).minus(v.deductibleShare)));
    }
  });
  return model.gaps.map((g, i) => Decimal.max(ZERO, g.open.minus(paid[i]!)));
}

/** The loss of each listed (non-empty) year under the plan. */
export function scenarioLosses(model: LpModel, scenarios: ScenarioSet, amounts: PlanAmounts): Decimal[] {
  const net = netLossByGap(model, amounts);
  return scenarios.hits.map((hit) => {
    let total = ZERO;
    for (const g of hit) total = total.plus(net[g]!);
    return total;
  });
}

/** Expected loss and CVaR₉₅ of any plan on the given years (e.g. the expected-mode plan's). */
export function riskFigures(model: LpModel, scenarios: ScenarioSet, amounts: PlanAmounts): RiskFigures {
  return figuresOf(scenarioLosses(model, scenarios, amounts), scenarios.count);
}

export function figuresOf(losses: readonly Decimal[], count: number): RiskFigures {
  if (!Number.isInteger(count) || count < Math.max(1, losses.length)) {
    throw new RangeError("a scenario set counts at least one year, and at least its listed ones");
  }
  return { expectedLossUsd: formatMoney(meanLoss(losses, count)), cvar95Usd: formatMoney(cvar(losses, count, BETA)) };
}

/**
 * For each driver, the share (0–1, 4 decimals) of the worst 5 % of years in which it is hit,
 * given the years' losses under some plan.
 */
export function worstYearShares(drivers: readonly RiskDriver[], scenarios: ScenarioSet, losses: readonly Decimal[]): number[] {
  const driverOf = new Map<number, number>();
  drivers.forEach((d, di) => d.gaps.forEach((g) => driverOf.set(g, di)));
  const weights = tailWeights(losses, scenarios.count, BETA);
  const share = drivers.map(() => ZERO);
  scenarios.hits.forEach((hit, s) => {
    const w = weights[s]!;
    if (w.isZero()) return;
    for (const di of new Set(hit.map((g) => driverOf.get(g)))) {
      if (di !== undefined) share[di] = share[di]!.plus(w);
    }
  });
  return share.map((x) => x.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber());
}
