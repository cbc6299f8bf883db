import { compareIds, Splitter } from "./allocate";
import { addProviderShares, concentrationFlags, providerRows } from "./by-provider";
import { formatCents, ratio4 } from "./cents";
import { RISK_CODE_COUNT, RISK_ROW, type SizingModel } from "./model";
import { riskCodeOf } from "./risks";
import type { RiskFigures } from "./risk-figures";
import { RISK_TYPES, type BreakdownRow, type Breakdowns, type PortfolioFlag, type SizingTotals } from "./types";

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

/** Sums per risk: by risk code (see riskCodeOf) in arrays, any other string in a map. */
class SplitByRisk {
  private readonly insured = new Float64Array(RISK_CODE_COUNT);
  private readonly uninsured = new Float64Array(RISK_CODE_COUNT);
  private readonly seen = new Uint8Array(RISK_CODE_COUNT);
  private readonly others = new SplitByKey();

  add(code: number, risk: string, insured: number, uninsured: number): void {
    if (code < 0) return this.others.add(risk, insured, uninsured);
    this.insured[code] = (this.insured[code] ?? 0) + insured;
    this.uninsured[code] = (this.uninsured[code] ?? 0) + uninsured;
    this.seen[code] = 1;
  }

  rows(): BreakdownRow[] {
    const rows = this.others.rows();
    RISK_TYPES.forEach((key, code) => {
      if (this.seen[code] === 0) return;
      rows.push({
        key,
        insuredUsd: formatCents(this.insured[code] ?? 0),
        uninsuredUsd: formatCents(this.uninsured[code] ?? 0),
      });
    });
    return rows.sort((a, b) => compareIds(a.key, b.key));
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
  private readonly byRisk = new SplitByRisk();
  private readonly byProvider: Float64Array;
  private readonly splitter = new Splitter();

  constructor(private readonly model: SizingModel) {
    this.byProvider = new Float64Array(model.covers.providerKeys.length);
  }

  /** One (position, risk) row. */
  addRisk(position: number, riskIndex: number, risk: string, figures: RiskFigures): void {
    const code =
      riskIndex < RISK_CODE_COUNT
        ? (this.model.positions.riskRows[position * RISK_ROW + riskIndex] ?? -1)
        : riskCodeOf(risk);
    this.byRisk.add(code, risk, figures.insured, figures.uninsured);
  }

  /** A position's headline figures: those of its primary risk, or none when it carries no risk. */
  addPosition(position: number, primary: RiskFigures | null): void {
    const input = this.model.positions.inputs[position];
    const value = this.model.positions.valueCents[position] ?? 0;
    if (!input) return;
    const insured = primary ? primary.insured : 0;
    const uninsured = primary ? primary.uninsured : value;
    this.value += value;
    this.insured += insured;
    this.uninsured += uninsured;
    this.wasted += primary ? primary.wasted : 0;
    this.byChain.add(input.chain, insured, uninsured);
    this.byVenue.add(input.venue, insured, uninsured);
    this.byVenueKind.add(input.venueKind, insured, uninsured);
    if (primary) addProviderShares(this.model, position, insured, this.byProvider, this.splitter);
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
      byProvider: providerRows(this.model.covers.providerKeys, this.byProvider),
      byChain: this.byChain.rows(),
      byVenue: this.byVenue.rows(),
      byVenueKind: this.byVenueKind.rows(),
      byRisk: this.byRisk.rows(),
    };
  }

  portfolioFlags(): PortfolioFlag[] {
    return concentrationFlags(this.model.covers.providerKeys, this.byProvider, this.insured);
  }
}
