import type { CoverLifeFlags } from "./cover-life-flags";
import { countingCoverIds, flagOf } from "./flag-context";
import { isSafeProduct, ratioTenThousandths, type SmallRatio } from "./cents";
import type { SizingModel } from "./model";
import type { RiskFigures } from "./risk-figures";
import type { PositionFlag } from "./types";

/** DESIGN §3.3, the flags read from the figures. */

const PRIMARY = 1; // the risk mask of the primary risk alone

/**
 * no_cover_market: the position carries no risk. Otherwise, at most one of:
 * - uninsured: primary insured is 0 and primary uninsured ≥ minUninsuredUsd; the cover ids are
 *   those counting on the primary risk (they pay nothing, e.g. a 100 % deductible);
 * - under_insured: 0 < ratio < targetRatio, on the 4-decimal ratio shown (79,999.99 of 100,000
 *   shows 0.8000: not under-insured at 0.8), compared exactly as ten-thousandths against the
 *   exact target. The lower bound is insured > 0, not ratio > 0: $0.01 on $1M shows 0.0000 yet
 *   is not `uninsured`.
 */
function figureFlag(model: SizingModel, position: number, primary: RiskFigures | null): PositionFlag | null {
  if (!primary) return flagOf("no_cover_market", []);
  const { settings } = model;
  if (primary.insured === 0) {
    if (primary.uninsured < settings.minUninsuredCents) return null;
    return flagOf("uninsured", countingCoverIds(model, position, PRIMARY));
  }
  const shown = ratioTenThousandths(primary.insured, primary.exposure);
  if (!isBelowRatio(shown, 10_000, settings.targetRatio)) return null;
  return flagOf("under_insured", countingCoverIds(model, position, PRIMARY));
}

/** part / whole < num / den  ⇔  part · den < num · whole, exactly. */
function isBelowRatio(part: number, whole: number, { num, den }: SmallRatio): boolean {
  if (isSafeProduct(part, den) && isSafeProduct(num, whole)) return part * den < num * whole;
  return BigInt(part) * BigInt(den) < BigInt(num) * BigInt(whole);
}

/**
 * A position's flags in the order of FLAG_CODES (that of DESIGN §3.3): the figure flags, then
 * over_insured — some risk has cover bought beyond its exposure (bits of `wastefulRisks`); the
 * ids are the covers allocated to those risks —, then the five about the covers' lives.
 * `primary` is null when the position carries no risk.
 */
export function positionFlags(
  model: SizingModel,
  position: number,
  primary: RiskFigures | null,
  wastefulRisks: number,
  lifeFlags: CoverLifeFlags,
): PositionFlag[] {
  const first = figureFlag(model, position, primary);
  const over = wastefulRisks === 0 ? null : flagOf("over_insured", countingCoverIds(model, position, wastefulRisks));
  return lifeFlags.flags(position, first, over);
}
