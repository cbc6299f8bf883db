import { formatCents } from "./cents";
import type { SizingModel } from "./model";
import { roundedPay } from "./pay";
import type { RiskFigures } from "./risk-figures";
import type { CoverShare, RiskSizing, RiskType } from "./types";

/**
 * One (position, risk) row of the result. Equal figures share one string rather than being
 * formatted twice (the exposure, its insured or uninsured amount, an allocation and its pay):
 * 10,000 positions make copies add up, and they live as long as the result.
 */
export function riskResult(
  model: SizingModel,
  position: number,
  riskIndex: number,
  risk: RiskType,
  figures: RiskFigures,
  exposureUsd: string,
): RiskSizing {
  const { exposure, insured, uninsured } = figures;
  return {
    risk,
    exposureUsd,
    insuredUsd: insured === exposure ? exposureUsd : formatCents(insured),
    uninsuredUsd: uninsured === exposure ? exposureUsd : formatCents(uninsured),
    wastedUsd: formatCents(figures.wasted),
    covers: coverShares(model, position, riskIndex, figures.coverCount),
  };
}

/** The covers that count and apply to the risk, in cover input order; each payUsd is the exact pay rounded half-up. */
function coverShares(model: SizingModel, position: number, riskIndex: number, count: number): CoverShare[] {
  const shares = new Array<CoverShare>(count); // exact size: a list grown by push reserves 17 slots
  if (count === 0) return shares;
  const { links } = model;
  const { counts, ids } = model.covers;
  const end = links.positionStart[position + 1] ?? 0;
  let next = 0;
  for (let slot = links.positionStart[position] ?? 0; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    const cover = links.cover[at] ?? 0;
    if (links.riskIndex[at] !== riskIndex || counts[cover] === 0) continue;
    const alloc = links.allocCents[at] ?? 0;
    const pay = roundedPay(links, at);
    const allocatedUsd = formatCents(alloc);
    shares[next++] = { coverId: ids[cover] ?? "", allocatedUsd, payUsd: pay === alloc ? allocatedUsd : formatCents(pay) };
  }
  return shares;
}
