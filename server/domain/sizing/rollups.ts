import { compareIds } from "./allocate";
import { formatCents, ratio4 } from "./cents";
import type { SizedPosition } from "./size-position";
import type { BreakdownRow, Breakdowns, SizingTotals } from "./types";

/** DESIGN §3.4: totals sum the headline (primary-risk) figures. */
export function totalsOf(sized: readonly SizedPosition[]): SizingTotals {
  let value = 0;
  let insured = 0;
  let uninsured = 0;
  let wasted = 0;
  for (const position of sized) {
    value += position.model.valueCents;
    insured += position.insured;
    uninsured += position.uninsured;
    wasted += position.wasted;
  }
  return {
    valueUsd: formatCents(value),
    insuredUsd: formatCents(insured),
    uninsuredUsd: formatCents(uninsured),
    wastedUsd: formatCents(wasted),
    ratio: ratio4(insured, value),
  };
}

type Split = { insured: number; uninsured: number };

/** Sums insured / uninsured cents per key. */
export class SplitByKey {
  private readonly splits = new Map<string, Split>();

  add(key: string, insured: number, uninsured: number): void {
    const split = this.splits.get(key);
    if (split) {
      split.insured += insured;
      split.uninsured += uninsured;
    } else {
      this.splits.set(key, { insured, uninsured });
    }
  }

  /** Rows sorted by key (code-unit order), so the order never depends on input order. */
  rows(): BreakdownRow[] {
    return [...this.splits.keys()].sort(compareIds).map((key) => {
      const split = this.splits.get(key) ?? { insured: 0, uninsured: 0 };
      return { key, insuredUsd: formatCents(split.insured), uninsuredUsd: formatCents(split.uninsured) };
    });
  }
}

/** byChain, byVenue, byVenueKind group the headline figures; byRisk every (position, risk) row. */
export function groupedBreakdowns(sized: readonly SizedPosition[]): Omit<Breakdowns, "byProvider"> {
  const byChain = new SplitByKey();
  const byVenue = new SplitByKey();
  const byVenueKind = new SplitByKey();
  const byRisk = new SplitByKey();
  for (const { model, figures, insured, uninsured } of sized) {
    byChain.add(model.chain, insured, uninsured);
    byVenue.add(model.venue, insured, uninsured);
    byVenueKind.add(model.venueKind, insured, uninsured);
    for (const figure of figures) byRisk.add(figure.risk, figure.insured, figure.uninsured);
  }
  return {
    byChain: byChain.rows(),
    byVenue: byVenue.rows(),
    byVenueKind: byVenueKind.rows(),
    byRisk: byRisk.rows(),
  };
}
