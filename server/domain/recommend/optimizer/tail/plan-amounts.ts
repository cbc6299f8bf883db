import { Decimal, ZERO } from "../../../money";
import type { Allocation } from "../types";
import type { LpModel } from "../variables";

type PlanRow = Pick<Allocation, "positionId" | "risk" | "productId" | "amountUsd">;

/**
 * An expected-mode plan (its allocation rows) as amounts per variable of `model`, to compare it
 * with tail mode on the same years. A row names its variable by (position, risk, product); a row
 * the model has no variable for, or more than one (two gaps of one position with the same risk),
 * is an error rather than a guess.
 */
export function amountsFromAllocations(model: LpModel, rows: readonly PlanRow[]): Decimal[] {
  const index = new Map<string, number[]>();
  model.vars.forEach((v, i) => {
    const { gap } = model.gaps[v.gapIndex]!;
    const k = key(gap.positionId, gap.risk, model.products[v.productIndex]!.product.id);
    index.set(k, [...(index.get(k) ?? []), i]);
  });
  const amounts = model.vars.map(() => ZERO);
  for (const row of rows) {
    const found = index.get(key(row.positionId, row.risk, row.productId)) ?? [];
    if (found.length !== 1) {
      throw new RangeError(`${found.length === 0 ? "no" : "more than one"} variable for ${row.positionId} / ${row.risk} / ${row.productId} in this model`);
    }
    amounts[found[0]!] = amounts[found[0]!]!.plus(new Decimal(row.amountUsd));
  }
  return amounts;
}

function key(positionId: string, risk: string, productId: string): string {
  return JSON.stringify([positionId, risk, productId]);
}
