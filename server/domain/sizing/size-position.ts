import { formatCents, ratio4 } from "./cents";
import { CoverLifeFlags } from "./cover-life-flags";
import { positionFlags } from "./flags";
import type { SizingModel } from "./model";
import { riskResult } from "./position-result";
import { RiskFigures } from "./risk-figures";
import type { Rollups } from "./rollups";
import type { PositionSizing, RiskSizing, RiskType } from "./types";

/**
 * Figures, flags, result row and rollup sums of each position in one go, while its links are
 * at hand: one pass over the positions instead of several, and no figures kept beyond the
 * position (the garbage collector copies what stays alive). Keeps each primary insured figure
 * in `primaryInsured`, for the timeline.
 */
export class PositionSizer {
  readonly primaryInsured: Float64Array;
  private readonly primary = new RiskFigures();
  private readonly other = new RiskFigures();
  private readonly lifeFlags: CoverLifeFlags;

  constructor(
    private readonly model: SizingModel,
    private readonly rollups: Rollups,
  ) {
    this.primaryInsured = new Float64Array(model.positions.count);
    this.lifeFlags = new CoverLifeFlags(model);
  }

  /** The result row of one position. Its headline figures are those of the primary risk (§3.2). */
  size(position: number): PositionSizing {
    const { model, rollups } = this;
    const risks = model.positions.risks[position] ?? [];
    const valueCents = model.positions.valueCents[position] ?? 0;
    const valueUsd = formatCents(valueCents);
    const rows = new Array<RiskSizing>(risks.length);
    let wastefulRisks = 0;
    for (let riskIndex = 0; riskIndex < risks.length; riskIndex++) {
      const risk = risks[riskIndex] as RiskType;
      const figures = (riskIndex === 0 ? this.primary : this.other).of(model, position, riskIndex);
      rows[riskIndex] = riskResult(model, position, riskIndex, risk, figures, valueUsd);
      rollups.addRisk(position, riskIndex, risk, figures);
      if (figures.wasted > 0) wastefulRisks |= 1 << riskIndex;
    }
    const primary = risks.length > 0 ? this.primary : null;
    rollups.addPosition(position, primary);
    this.primaryInsured[position] = primary ? primary.insured : 0;
    const headline = rows[0];
    return {
      id: model.positions.ids[position] ?? "",
      valueUsd,
      primaryRisk: risks[0] ?? null,
      // with no risk the position is fully uninsured (§3.1)
      insuredUsd: headline ? headline.insuredUsd : "0.00",
      uninsuredUsd: headline ? headline.uninsuredUsd : valueUsd,
      wastedUsd: headline ? headline.wastedUsd : "0.00",
      ratio: ratio4(primary ? primary.insured : 0, valueCents),
      risks: rows,
      flags: positionFlags(model, position, primary, wastefulRisks, this.lifeFlags),
    };
  }
}
