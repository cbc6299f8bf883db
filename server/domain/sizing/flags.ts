import { coverLifeFlags } from "./cover-life-flags";
import { flagOf, type FlagContext, type FlagRule } from "./flag-context";
import { isSafeProduct, ratioTenThousandths, type SmallRatio } from "./cents";
import type { CoverLink } from "./model";
import type { PositionFlag } from "./types";

/** DESIGN §3.3, the flags read from the figures. `figures[0]` is the primary risk's. */

export const noCoverMarket: FlagRule = ({ position }) =>
  position.risks.length === 0 ? flagOf("no_cover_market", []) : null;

/**
 * Primary insured is 0 and primary uninsured ≥ minUninsuredUsd. A position with no risk has
 * no primary figures: it gets `no_cover_market` instead (there is nothing to buy).
 * The cover ids are those counting on the primary risk (they pay nothing, e.g. a 100 % deductible).
 */
export const uninsured: FlagRule = ({ figures, settings }) => {
  const primary = figures[0];
  if (!primary || primary.insured !== 0 || primary.uninsured < settings.minUninsuredCents) return null;
  return flagOf("uninsured", primary.links);
};

/**
 * 0 < ratio < targetRatio, on the 4-decimal ratio shown (79,999.99 of 100,000 shows 0.8000: not
 * under-insured at 0.8), compared exactly as ten-thousandths against the exact target.
 */
export const underInsured: FlagRule = ({ figures, settings }) => {
  const primary = figures[0];
  // the lower bound is insured > 0, not ratio > 0: $0.01 on $1M shows 0.0000 yet is not `uninsured`
  if (!primary || primary.insured === 0) return null;
  const shown = ratioTenThousandths(primary.insured, primary.exposure);
  if (!isBelowRatio(shown, 10_000, settings.targetRatio)) return null;
  return flagOf("under_insured", primary.links);
};

/** part / whole < num / den  ⇔  part · den < num · whole, exactly. */
function isBelowRatio(part: number, whole: number, { num, den }: SmallRatio): boolean {
  if (isSafeProduct(part, den) && isSafeProduct(num, whole)) return part * den < num * whole;
  return BigInt(part) * BigInt(den) < BigInt(num) * BigInt(whole);
}

/** Some risk has cover bought beyond its exposure; the ids are the covers allocated to it. */
export const overInsured: FlagRule = ({ figures }) => {
  let wastefulLinks: CoverLink[] | null = null;
  for (const figure of figures) {
    if (figure.wasted > 0) (wastefulLinks ??= []).push(...figure.links);
  }
  return wastefulLinks ? flagOf("over_insured", wastefulLinks) : null;
};

/**
 * A position's flags in the order of FLAG_CODES (that of DESIGN §3.3): the four figure flags,
 * then the five about the covers' lives, in an exact-size list (one grown by push reserves 17
 * slots, on each of 10,000 positions).
 */
export function positionFlags(context: FlagContext): PositionFlag[] {
  const { position, settings, asOfDay } = context;
  // at most one of these three holds: no risk / nothing insured / some but too little
  const first = noCoverMarket(context) ?? uninsured(context) ?? underInsured(context);
  const over = overInsured(context);
  const lifeFlags = coverLifeFlags(position, asOfDay, settings.expiringDays);
  const flags = new Array<PositionFlag>((first ? 1 : 0) + (over ? 1 : 0) + lifeFlags.length);
  let next = 0;
  if (first) flags[next++] = first;
  if (over) flags[next++] = over;
  for (const flag of lifeFlags) flags[next++] = flag;
  return flags;
}
