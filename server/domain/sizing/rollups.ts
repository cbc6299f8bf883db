import { compareIds } from "./allocate";
import { addProviderShares, concentrationFlags, providerRows } from "./by-provider";
import { formatCents, ratio4 } from "./cents";
import type { PositionModel } from "./model";
import type { RiskFigures } from "./risk-figures";
import type { BreakdownRow, Breakdowns, PortfolioFlag, SizingTotals } from "./types";

type Split = { insured: number; uninsured: number };

/** Sums insured / uninsured cents per key. */
class SplitByKey {
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

/**
 * DESIGN §3.4, gathered position by position as they are sized (so their figures need not be
 * kept): totals and byChain / byVenue / byVenueKind sum the headline (primary-risk) figures —
 * with no risk a position is fully uninsured —, byRisk every (position, risk) row, byProvider
 * the primary insured shared among the paying covers, summed per provider.
 */
export class Rollups {
  private value = 0;
  private insured = 0;
  private uninsured = 0;
  private wasted = 0;
  private readonly byChain = new SplitByKey();
  private readonly byVenue = new SplitByKey();
  private readonly byVenueKind = new SplitByKey();
  private readonly byRisk = new SplitByKey();
  private readonly byProvider = new Map<string, number>();

  add(position: PositionModel, figures: readonly RiskFigures[]): void {
    const primary = figures[0];
    const insured = primary?.insured ?? 0;
    const uninsured = primary?.uninsured ?? position.valueCents;
    this.value += position.valueCents;
    this.insured += insured;
    this.uninsured += uninsured;
    this.wasted += primary?.wasted ?? 0;
    this.byChain.add(position.chain, insured, uninsured);
    this.byVenue.add(position.venue, insured, uninsured);
    this.byVenueKind.add(position.venueKind, insured, uninsured);
    for (const figure of figures) this.byRisk.add(figure.risk, figure.insured, figure.uninsured);
    if (primary) addProviderShares(primary, this.byProvider);
  }

  /** The insured total in cents: the timeline's first point. */
  insuredCents(): number {
    return this.insured;
  }

  totals(): SizingTotals {
    return {
      valueUsd: formatCents(this.value),
      insuredUsd: formatCents(this.insured),
      uninsuredUsd: formatCents(this.uninsured),
      wastedUsd: formatCents(this.wasted),
      ratio: ratio4(this.insured, this.value),
    };
  }

  breakdowns(): Breakdowns {
    return {
      byProvider: providerRows(this.byProvider),
      byChain: this.byChain.rows(),
      byVenue: this.byVenue.rows(),
      byVenueKind: this.byVenueKind.rows(),
      byRisk: this.byRisk.rows(),
    };
  }

  portfolioFlags(): PortfolioFlag[] {
    return concentrationFlags(this.byProvider, this.insured);
  }
}
