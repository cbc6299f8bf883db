import { Decimal, formatMoney, sumMoney, toCents, ZERO } from "../../money";
import { riskLabel } from "../names";
import { explainBinding } from "./explain";
import type { RoundedAllocation } from "./round-solution";
import type { Allocation, BudgetAssumptions, BudgetResult, BudgetStatus } from "./types";
import type { LpModel } from "./variables";

export type Outcome = {
  status: BudgetStatus;
  solverStatus: string;
  allocations: readonly RoundedAllocation[];
  budgetShadowPrice: number | null;
  extraNotes?: string[];
};

/** Money totals, the allocation table and the explanations, from the rounded allocations. */
export function assembleResult(model: LpModel, outcome: Outcome, assumptions: BudgetAssumptions): Omit<BudgetResult, "mode" | "tail"> {
  const rows = outcome.allocations.map((a) => toAllocation(model, a));
  const used = sumMoney(outcome.allocations.map((a) => a.premium));
  const covered = sumMoney(outcome.allocations.map((a) => expectedCovered(model, a)))
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const open = sumMoney(model.gaps.map((g) => g.open.times(new Decimal(g.probability))))
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const { binding, summary } = outcome.status === "optimal"
    ? explainBinding(model, outcome.allocations, used)
    : { binding: [], summary: [] };
  return {
    status: outcome.status,
    solverStatus: outcome.solverStatus,
    budgetUsd: formatMoney(model.budget),
    budgetUsedUsd: formatMoney(used),
    budgetLeftUsd: formatMoney(model.budget.minus(used)),
    allocations: rows,
    expectedLossOpenUsd: formatMoney(open),
    expectedLossCoveredUsd: formatMoney(covered),
    expectedLossLeftUsd: formatMoney(open.minus(covered)),
    budgetShadowPrice: outcome.budgetShadowPrice,
    binding,
    summary,
    notes: [...(outcome.extraNotes ?? []), ...modelNotes(model, rows)],
    poorValue: poorValueSummary(model),
    assumptions,
    size: { variables: model.vars.length, gaps: model.gaps.filter((g) => g.vars.length > 0).length, products: model.products.filter((p) => p.vars.length > 0).length },
  };
}

function expectedCovered(model: LpModel, a: RoundedAllocation): Decimal {
  return a.amount.times(model.vars[a.varIndex]!.objective);
}

function toAllocation(model: LpModel, a: RoundedAllocation): Allocation {
  const v = model.vars[a.varIndex]!;
  const { gap } = model.gaps[v.gapIndex]!;
  const { product } = model.products[v.productIndex]!;
  const minimum = product.minAmountUsd === null ? ZERO : toCents(product.minAmountUsd);
  return {
    positionId: gap.positionId,
    positionLabel: gap.positionLabel,
    risk: gap.risk,
    productId: product.id,
    productName: product.name,
    providerName: product.providerName,
    amountUsd: formatMoney(a.amount),
    premiumUsd: formatMoney(a.premium),
    premiumPct: new Decimal(v.pct).toString(),
    priceLabel: v.price.label,
    valueMultiple: v.multiple,
    lossProbability: v.probability,
    deductibleShare: v.deductibleShare.toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber(),
    expectedLossCoveredUsd: formatMoney(expectedCovered(model, a).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)),
    belowMinimum: a.amount.lt(minimum),
  };
}

function modelNotes(model: LpModel, rows: readonly Allocation[]): string[] {
  const notes: string[] = [];
  if (model.unpriced.length > 0) {
    notes.push(`Quote-only products cannot be priced and were left out: ${model.unpriced.map((p) => p.name).join(", ")}.`);
  }
  // A gap whose products were all left out as poor value is said under "left out as poor value", not here.
  const poorValueGaps = new Set(model.poorValue.map((p) => p.gapIndex));
  const stranded = model.gaps.filter((g, i) => g.limit.gt(0) && g.vars.length === 0 && !poorValueGaps.has(i));
  if (stranded.length > 0) {
    const sample = stranded.slice(0, 3).map((g) => `${g.gap.positionLabel} (${riskLabel(g.gap.risk)})`).join(", ");
    const more = stranded.length > 3 ? ` and ${stranded.length - 3} more` : "";
    notes.push(`${stranded.length} gap${stranded.length === 1 ? " has" : "s have"} no eligible priced product: ${sample}${more}.`);
  }
  if (rows.some((r) => r.belowMinimum)) {
    notes.push("Some amounts are below the product's minimum purchase: buy the minimum or leave the row out.");
  }
  return notes;
}

/** The pairs the value guard left out, worst first, for the result's "left out" line. */
function poorValueSummary(model: LpModel): { count: number; examples: string[] } {
  const worst = [...model.poorValue].sort((a, b) => (b.multiple ?? Infinity) - (a.multiple ?? Infinity)).slice(0, 3);
  return {
    count: model.poorValue.length,
    examples: worst.map((p) => {
      const { gap } = model.gaps[p.gapIndex]!;
      const { product } = model.products[p.productIndex]!;
      const m = p.multiple === null ? "pays nothing expected" : `${p.multiple}× the expected loss`;
      return `${product.name} for ${gap.positionLabel} (${riskLabel(gap.risk)}): ${p.price.label}, ${m}`;
    }),
  };
}
