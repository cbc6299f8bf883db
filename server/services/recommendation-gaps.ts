import { toCents } from "@/server/domain/money";
import type { RiskGap, RiskGrade } from "@/server/domain/recommend";
import type { TSummaryPosition } from "@/lib/schemas/summary";

/**
 * The sizing result's (position, risk) rows as the recommender's gaps. Exposure and insured are
 * sizing's own figures; the ratio is worked out per risk (sizing reports the primary risk's only)
 * and left unrounded: a ratio of 0.79996 rounded to 0.8 would hide a real gap below an 80 % target.
 */
export function riskGapsOf(positions: readonly TSummaryPosition[], grades: ReadonlyMap<string, RiskGrade>): RiskGap[] {
  return positions.flatMap((p) => p.risks.map((r) => ({
    positionId: p.id,
    positionLabel: p.label,
    venue: p.venue,
    venueKind: p.venueKind,
    chain: p.chain,
    asset: p.asset,
    assetKind: p.assetKind,
    risk: r.risk,
    exposureUsd: r.exposureUsd,
    insuredUsd: r.insuredUsd,
    ratio: exactRatio(r.insuredUsd, r.exposureUsd),
    riskGrade: grades.get(p.id) ?? null,
  })));
}

function exactRatio(insured: string, exposure: string): number {
  const whole = toCents(exposure);
  return whole.isZero() ? 0 : toCents(insured).div(whole).toNumber();
}
