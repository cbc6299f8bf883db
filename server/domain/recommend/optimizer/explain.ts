import { Decimal, ZERO } from "../../money";
import { usdCents } from "../format";
import { riskLabel } from "../names";
import type { RoundedAllocation } from "./round-solution";
import type { BindingConstraint } from "./types";
import type { LpModel } from "./variables";

/** A limit counts as reached when less than a dollar of it is left (rounding to cents leaves dust). */
export const BINDING_TOLERANCE_USD = new Decimal(1);

export type Explanation = { binding: BindingConstraint[]; summary: string[] };

/** The constraints that stop the optimizer from covering more, in words (DESIGN §5). */
export function explainBinding(model: LpModel, allocations: readonly RoundedAllocation[], budgetUsed: Decimal): Explanation {
  const byGap = new Map<number, Decimal>();
  const byProduct = new Map<number, Decimal>();
  for (const a of allocations) {
    const v = model.vars[a.varIndex]!;
    byGap.set(v.gapIndex, (byGap.get(v.gapIndex) ?? ZERO).plus(a.amount));
    byProduct.set(v.productIndex, (byProduct.get(v.productIndex) ?? ZERO).plus(a.amount));
  }
  const budget = budgetConstraint(model, budgetUsed);
  const capacity = capacityConstraints(model, byProduct);
  const gaps = gapConstraints(model, byGap);
  return {
    binding: [...(budget ? [budget] : []), ...capacity, ...gaps],
    summary: summarize(model, budget, capacity, gaps, budgetUsed),
  };
}

function budgetConstraint(model: LpModel, used: Decimal): BindingConstraint | null {
  if (model.budget.lte(0) || model.budget.minus(used).gte(BINDING_TOLERANCE_USD)) return null;
  return { kind: "budget", ref: "budget",
    text: `Budget fully used: ${usdCents(used)} of ${usdCents(model.budget)}.` };
}

function capacityConstraints(model: LpModel, used: Map<number, Decimal>): BindingConstraint[] {
  const out: BindingConstraint[] = [];
  model.products.forEach((p, i) => {
    const u = used.get(i);
    if (p.capacity === null || u === undefined || p.capacity.minus(u).gte(BINDING_TOLERANCE_USD)) return;
    out.push({ kind: "capacity", ref: p.product.id,
      text: `Capacity of ${p.product.name} reached (${usdCents(p.capacity)}).` });
  });
  return out;
}

function gapConstraints(model: LpModel, used: Map<number, Decimal>): BindingConstraint[] {
  const out: BindingConstraint[] = [];
  model.gaps.forEach((g, i) => {
    const u = used.get(i);
    if (u === undefined || g.limit.minus(u).gte(BINDING_TOLERANCE_USD)) return;
    out.push({ kind: "gap", ref: `${g.gap.positionId}:${g.gap.risk}`,
      text: `Gap of ${g.gap.positionLabel} (${riskLabel(g.gap.risk)}) closed (${usdCents(g.limit)}).` });
  });
  return out;
}

function summarize(
  model: LpModel, budget: BindingConstraint | null, capacity: BindingConstraint[],
  gaps: BindingConstraint[], used: Decimal,
): string[] {
  const out: string[] = [];
  if (model.budget.lte(0)) out.push("No premium budget: only cover with a zero premium can be allocated.");
  else if (budget) out.push("Budget fully used: a larger budget would cover more expected loss.");
  else out.push(`Budget not fully used (${usdCents(model.budget.minus(used))} left): every gap a priced product can cover is closed or its products are full.`);
  if (capacity.length > 0) {
    const names = model.products.filter((p) => capacity.some((c) => c.ref === p.product.id)).map((p) => p.product.name);
    out.push(`Capacity reached for ${names.length} product${names.length === 1 ? "" : "s"}: ${names.join(", ")}.`);
  }
  const open = model.gaps.filter((g) => g.vars.length > 0).length;
  if (open > 0) out.push(`${gaps.length} of ${open} coverable gap${open === 1 ? "" : "s"} to target closed.`);
  return out;
}
