import { gapToTarget, partitionProducts, suggestAmount, type RecommendProduct, type RiskGap, type RiskType, type UserPrefs } from "@/server/domain/recommend";
import type { TForPortfolioInput } from "@/lib/schemas/recommendation";
import type { TSummaryPosition } from "@/lib/schemas/summary";

export type OpenPosition = { position: TSummaryPosition; gaps: RiskGap[] };

/** The recommender's own test for a gap worth a suggestion (recommend-position.ts): below target, something to buy. */
export function isOpen(gap: RiskGap, targetRatio: number): boolean {
  return gap.ratio < targetRatio && gapToTarget(gap, targetRatio).gt(0);
}

/** Positions with at least one open gap, in portfolio order, each with its open gaps. */
export function openPositions(positions: readonly TSummaryPosition[], gaps: readonly RiskGap[], targetRatio: number): OpenPosition[] {
  const byPosition = new Map<string, RiskGap[]>();
  for (const g of gaps) {
    if (!isOpen(g, targetRatio)) continue;
    const list = byPosition.get(g.positionId);
    if (list) list.push(g);
    else byPosition.set(g.positionId, [g]);
  }
  return positions.flatMap((position) => {
    const open = byPosition.get(position.id);
    return open ? [{ position, gaps: open }] : [];
  });
}

/**
 * Whether any product would be suggested for the gap, without pricing and explaining every one
 * (that is the slow part, kept for the page shown): eligible, and able to write more than $0.
 */
function hasProduct(gap: RiskGap, products: readonly RecommendProduct[], prefs: UserPrefs): boolean {
  const exact = gapToTarget(gap, prefs.targetRatio);
  return partitionProducts(gap, products, prefs).eligible.some((p) => suggestAmount(exact, p).amountUsd.gt(0));
}

export function portfolioCounts(
  positions: readonly TSummaryPosition[], open: readonly OpenPosition[], products: readonly RecommendProduct[], prefs: UserPrefs,
) {
  const insurable = positions.filter((p) => p.risks.length > 0).length;
  return {
    positions: positions.length,
    belowTarget: open.length,
    atTarget: insurable - open.length,
    noCoverMarket: positions.length - insurable,
    withoutProduct: open.filter((o) => !o.gaps.some((g) => hasProduct(g, products, prefs))).length,
  };
}

/** The risk filter keeps that risk's gaps only; the grade filter keeps whole positions. */
export function filterOpen(open: readonly OpenPosition[], f: Pick<TForPortfolioInput, "risk" | "grade">): OpenPosition[] {
  return open.flatMap((o) => {
    if (f.grade && (o.gaps[0]?.riskGrade ?? "none") !== f.grade) return [];
    const gaps = f.risk ? o.gaps.filter((g) => g.risk === f.risk) : o.gaps;
    return gaps.length > 0 ? [{ position: o.position, gaps }] : [];
  });
}

export function risksOpen(open: readonly OpenPosition[]): RiskType[] {
  const seen = new Set<RiskType>();
  for (const o of open) for (const g of o.gaps) seen.add(g.risk);
  return [...seen];
}
