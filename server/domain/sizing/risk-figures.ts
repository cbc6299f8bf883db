import type { SizingModel } from "./model";
import { PaySum } from "./pay-sum";

/**
 * Exact figures of one (position, risk) on `asOf`, in cents (DESIGN §3.2), over the covers
 * that count and apply: insured = min(E, Σ pay), uninsured = E − insured,
 * wasted = max(0, Σ alloc − E), with E(p, r) = p.valueUsd for every risk.
 * One object, refilled for each (position, risk): the figures are read at once, never kept.
 */
export class RiskFigures {
  exposure = 0;
  insured = 0;
  uninsured = 0;
  wasted = 0;
  /** How many covers count and apply: the length of the risk's `covers` list. */
  coverCount = 0;
  private readonly paySum = new PaySum();

  of(model: SizingModel, position: number, riskIndex: number): this {
    const { links } = model;
    const counts = model.covers.counts;
    const exposure = model.positions.valueCents[position] ?? 0;
    const end = links.positionStart[position + 1] ?? 0;
    this.paySum.reset();
    let allocated = 0;
    let coverCount = 0;
    for (let slot = links.positionStart[position] ?? 0; slot < end; slot++) {
      const at = links.positionLinks[slot] ?? 0;
      if (links.riskIndex[at] !== riskIndex || counts[links.cover[at] ?? 0] === 0) continue;
      this.paySum.add(links, at);
      allocated += links.allocCents[at] ?? 0;
      coverCount++;
    }
    const insured = coverCount === 0 ? 0 : this.paySum.insuredCents(exposure);
    this.exposure = exposure;
    this.insured = insured;
    this.uninsured = exposure - insured;
    this.wasted = allocated > exposure ? allocated - exposure : 0;
    this.coverCount = coverCount;
    return this;
  }
}

/** The insured figure of a position's primary risk on `day` (the covers that count then): the timeline's. */
export function primaryInsuredOn(model: SizingModel, position: number, day: number, paySum: PaySum): number {
  const { links } = model;
  const { startDay, endDay } = model.covers;
  const end = links.positionStart[position + 1] ?? 0;
  paySum.reset();
  for (let slot = links.positionStart[position] ?? 0; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    const cover = links.cover[at] ?? 0;
    if (links.riskIndex[at] === 0 && (startDay[cover] ?? 0) <= day && day < (endDay[cover] ?? 0)) paySum.add(links, at);
  }
  return paySum.insuredCents(model.positions.valueCents[position] ?? 0);
}
