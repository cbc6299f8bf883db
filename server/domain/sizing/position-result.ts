import { formatCents, ratio4, roundCents } from "./cents";
import type { CoverLink, PositionModel } from "./model";
import type { RiskFigures } from "./risk-figures";
import type { CoverShare, PositionFlag, PositionSizing, RiskSizing } from "./types";

/**
 * A position's result row. The headline figures are those of the primary risk (its strings are
 * shared rather than formatted twice); with no risk the position is fully uninsured (§3.1).
 */
export function positionResult(
  model: PositionModel,
  figures: readonly RiskFigures[],
  flags: PositionFlag[],
): PositionSizing {
  const valueUsd = formatCents(model.valueCents);
  const risks = figures.map((figure) => riskResult(figure, valueUsd));
  const primary = risks[0];
  return {
    id: model.id,
    valueUsd,
    primaryRisk: model.risks[0] ?? null,
    insuredUsd: primary?.insuredUsd ?? "0.00",
    uninsuredUsd: primary?.uninsuredUsd ?? valueUsd,
    wastedUsd: primary?.wastedUsd ?? "0.00",
    ratio: ratio4(figures[0]?.insured ?? 0, model.valueCents),
    risks,
    flags,
  };
}

function riskResult(figure: RiskFigures, exposureUsd: string): RiskSizing {
  return {
    risk: figure.risk,
    exposureUsd,
    insuredUsd: formatCents(figure.insured),
    // the same string when nothing is insured: 10,000 positions make copies add up
    uninsuredUsd: figure.uninsured === figure.exposure ? exposureUsd : formatCents(figure.uninsured),
    wastedUsd: formatCents(figure.wasted),
    covers: figure.links.map(coverShare),
  };
}

/** Each payUsd shown is the exact pay rounded half-up to cents. */
function coverShare(link: CoverLink): CoverShare {
  return {
    coverId: link.cover.id,
    allocatedUsd: formatCents(link.allocCents),
    payUsd: formatCents(roundCents(link.pay)),
  };
}
