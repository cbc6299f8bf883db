import { formatDay } from "./days";
import type { CoverLink, PositionModel } from "./model";
import type { FlagCode, PositionFlag } from "./types";

/**
 * Flags about where a position's covers are in their lives (DESIGN §3.3), in FLAG_CODES order:
 * expiring_soon, expired, not_started, claim_window_open, scope_mismatch.
 * Only expiring_soon is about the covers that apply; the other date flags are about every
 * linked cover, applying or not (a cover on the wrong chain still starts, ends and has a claim
 * window), and scope_mismatch names the linked covers that do not apply.
 * A flag that can name several covers is given once, with all of them (in cover input order);
 * its `until` is the earliest of their dates — the first day the user has to act.
 *
 * Each link is sorted into the flags it raises as a bit set, in one pass, and only the flags
 * raised collect their cover ids: with 40,000 links over 10,000 positions, a pass and a list
 * per flag were a third of the sizing time (garbage, and covers scattered in memory).
 */

const EXPIRING = 1;
const ENDED = 2;
const NOT_STARTED = 4;
const CLAIMABLE = 8;
const MISMATCHED = 16;

/** The flags in FLAG_CODES order with their bits. */
const FLAGS_BY_BIT: readonly (readonly [number, FlagCode])[] = [
  [EXPIRING, "expiring_soon"],
  [ENDED, "expired"],
  [NOT_STARTED, "not_started"],
  [CLAIMABLE, "claim_window_open"],
  [MISMATCHED, "scope_mismatch"],
];

export function coverLifeFlags(position: PositionModel, asOfDay: number, expiringDays: number): PositionFlag[] {
  const { links } = position;
  let raised = 0; // the bits raised by at least one link
  let anyCounts = false;
  for (const link of links) {
    raised |= lifeBits(link, links, asOfDay, expiringDays);
    anyCounts ||= link.counts;
  }
  // expired: none of the linked covers counts (applying or not)
  if (anyCounts) raised &= ~ENDED;
  const flags: PositionFlag[] = new Array<PositionFlag>(bitCount(raised));
  let next = 0;
  for (const [bit, code] of FLAGS_BY_BIT) {
    if (raised & bit) flags[next++] = lifeFlag(code, bit, links, asOfDay, expiringDays);
  }
  return flags;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * The flags one linked cover raises. Counting is by date only (startsAt ≤ asOf < expiresAt),
 * so every linked cover, applying or not, raises its date flags:
 * - expiring_soon: it counts and applies, expiresAt − asOf ≤ expiringDays, and no other
 *   applying cover of its type starts on or before that day and ends after it (a renewal, even
 *   one bought to start later, that leaves no gap);
 * - expired: it has ended (expiresAt ≤ asOf) — raised only when no linked cover counts;
 * - not_started: startsAt > asOf;
 * - claim_window_open: it ended on day X ≤ asOf with asOf − X < W (claimWindowDays);
 * - scope_mismatch: it does not apply (wrong type, venue or chain).
 */
function lifeBits(link: CoverLink, links: readonly CoverLink[], asOfDay: number, expiringDays: number): number {
  const { cover } = link;
  const applies = link.riskIndex >= 0;
  let bits = applies ? 0 : MISMATCHED;
  if (applies && cover.counts && cover.endDay - asOfDay <= expiringDays && !isRenewed(link, links)) bits |= EXPIRING;
  if (cover.startDay > asOfDay) bits |= NOT_STARTED;
  if (cover.endDay <= asOfDay) {
    bits |= ENDED;
    if (asOfDay - cover.endDay < cover.claimWindowDays) bits |= CLAIMABLE;
  }
  return bits;
}

/** Another cover of the same type that applies to the position starts by the expiry day and ends after it. */
function isRenewed({ cover }: CoverLink, links: readonly CoverLink[]): boolean {
  for (const { cover: other, riskIndex } of links) {
    const renews =
      riskIndex >= 0 &&
      other !== cover &&
      other.coverageType === cover.coverageType &&
      other.startDay <= cover.endDay &&
      other.endDay > cover.endDay;
    if (renews) return true;
  }
  return false;
}

/** The flag with its covers; `until` is the earliest expiry, or the earliest last day to file. */
function lifeFlag(
  code: FlagCode,
  bit: number,
  links: readonly CoverLink[],
  asOfDay: number,
  expiringDays: number,
): PositionFlag {
  let count = 0;
  for (const link of links) if (lifeBits(link, links, asOfDay, expiringDays) & bit) count++;
  const coverIds = new Array<string>(count); // exact size: this list is part of the result
  let next = 0;
  let until = Infinity;
  for (const link of links) {
    if (!(lifeBits(link, links, asOfDay, expiringDays) & bit)) continue;
    coverIds[next++] = link.cover.id; // a position's links are in cover order, one per cover
    // the window is open on days X … X + W − 1: X + W − 1 is the last day to file
    if (bit === EXPIRING) until = Math.min(until, link.cover.endDay);
    if (bit === CLAIMABLE) until = Math.min(until, link.cover.endDay + link.cover.claimWindowDays - 1);
  }
  return until === Infinity ? { code, coverIds } : { code, coverIds, until: formatDay(until) };
}
