import type { CoverLink, PositionModel } from "./model";
import { PaySum } from "./pay-sum";
import type { RiskType } from "./types";

/** Exact figures of one (position, risk) on `asOf`, in cents. */
export type RiskFigures = {
  readonly risk: RiskType;
  readonly exposure: number;
  readonly insured: number;
  readonly uninsured: number;
  readonly wasted: number;
  /** The covers that count and apply to this risk, in cover input order. */
  readonly links: readonly CoverLink[];
};

const NO_LINKS: readonly CoverLink[] = Object.freeze([]);

/**
 * insured = min(E, Σ pay), uninsured = E − insured, wasted = max(0, Σ alloc − E), over the
 * covers that count on `asOf` and apply (DESIGN §3.2). E(p, r) = p.valueUsd for every risk.
 */
export function riskFiguresOf(position: PositionModel): RiskFigures[] {
  return position.risks.map((risk, riskIndex) =>
    figuresFor(risk, position.valueCents, countingLinks(position.links, riskIndex)),
  );
}

/** The links that count and apply to one risk, in an exact-size array (push would reserve 17 slots). */
function countingLinks(links: readonly CoverLink[], riskIndex: number): readonly CoverLink[] {
  let count = 0;
  for (const link of links) if (link.riskIndex === riskIndex && link.counts) count++;
  if (count === 0) return NO_LINKS;
  const counting = new Array<CoverLink>(count);
  let next = 0;
  for (const link of links) if (link.riskIndex === riskIndex && link.counts) counting[next++] = link;
  return counting;
}

function figuresFor(risk: RiskType, exposure: number, links: readonly CoverLink[]): RiskFigures {
  if (links.length === 0) {
    return { risk, exposure, insured: 0, uninsured: exposure, wasted: 0, links };
  }
  const paySum = new PaySum();
  let allocated = 0;
  for (const link of links) {
    paySum.add(link.pay);
    allocated += link.allocCents;
  }
  const insured = paySum.insuredCents(exposure);
  return {
    risk,
    exposure,
    insured,
    uninsured: exposure - insured,
    wasted: allocated > exposure ? allocated - exposure : 0,
    links,
  };
}
