import { formatDay } from "./days";
import { flagOf } from "./flag-context";
import type { SizingModel } from "./model";
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
 * raised collect their cover ids.
 */

const EXPIRING = 1;
const ENDED = 2;
const NOT_STARTED = 4;
const CLAIMABLE = 8;
const MISMATCHED = 16;

/** The flags in FLAG_CODES order, by bit. */
const FLAG_BITS = [EXPIRING, ENDED, NOT_STARTED, CLAIMABLE, MISMATCHED] as const;
const FLAG_CODES_BY_BIT: readonly FlagCode[] = ["expiring_soon", "expired", "not_started", "claim_window_open", "scope_mismatch"];

export class CoverLifeFlags {
  /** The bits each link raises, for the position at hand. */
  private readonly bits: Uint8Array;

  constructor(private readonly model: SizingModel) {
    this.bits = new Uint8Array(model.links.count);
  }

  /**
   * The position's flags: `lead` (the figure flags, nulls skipped), then its life flags, in one
   * exact-size list (one grown by push reserves 17 slots, on each of 10,000 positions).
   */
  flags(position: number, first: PositionFlag | null, second: PositionFlag | null): PositionFlag[] {
    const raised = this.raise(position);
    const flags = new Array<PositionFlag>((first ? 1 : 0) + (second ? 1 : 0) + bitCount(raised));
    let next = 0;
    if (first) flags[next++] = first;
    if (second) flags[next++] = second;
    for (let index = 0; index < FLAG_BITS.length; index++) {
      const bit = FLAG_BITS[index] ?? 0;
      if (raised & bit) flags[next++] = this.flag(position, FLAG_CODES_BY_BIT[index] as FlagCode, bit);
    }
    return flags;
  }

  /**
   * Sets the bits of each linked cover; returns those raised by at least one. Counting is by
   * date only (startsAt ≤ asOf < expiresAt), so every linked cover, applying or not, raises its
   * date flags:
   * - expiring_soon: it counts and applies, expiresAt − asOf ≤ expiringDays, and no other
   *   applying cover of its type starts on or before that day and ends after it (a renewal, even
   *   one bought to start later, that leaves no gap);
   * - expired: it has ended (expiresAt ≤ asOf) — raised only when no linked cover counts;
   * - not_started: startsAt > asOf;
   * - claim_window_open: it ended on day X ≤ asOf with asOf − X < W (claimWindowDays);
   * - scope_mismatch: it does not apply (wrong type, venue or chain).
   */
  private raise(position: number): number {
    const { links, covers, asOfDay, settings } = this.model;
    const { counts, startDay, endDay, claimWindowDays } = covers;
    const first = links.positionStart[position] ?? 0;
    const end = links.positionStart[position + 1] ?? 0;
    let raised = 0;
    let anyCounts = false;
    for (let slot = first; slot < end; slot++) {
      const at = links.positionLinks[slot] ?? 0;
      const cover = links.cover[at] ?? 0;
      const ends = endDay[cover] ?? 0;
      const applies = (links.riskIndex[at] ?? -1) >= 0;
      const coverCounts = counts[cover] === 1;
      let bits = applies ? 0 : MISMATCHED;
      if (applies && coverCounts && ends - asOfDay <= settings.expiringDays && !this.isRenewed(position, at)) {
        bits |= EXPIRING;
      }
      if ((startDay[cover] ?? 0) > asOfDay) bits |= NOT_STARTED;
      if (ends <= asOfDay) {
        bits |= ENDED;
        if (asOfDay - ends < (claimWindowDays[cover] ?? 0)) bits |= CLAIMABLE;
      }
      this.bits[at] = bits;
      raised |= bits;
      anyCounts ||= coverCounts;
    }
    // expired: none of the linked covers counts (applying or not)
    return anyCounts ? raised & ~ENDED : raised;
  }

  /**
   * Another cover of the same type that applies to the position starts by the expiry day and
   * ends after it. Applying with the same type is having the same risk index (a position's risks
   * are distinct).
   */
  private isRenewed(position: number, expiring: number): boolean {
    const { links, covers } = this.model;
    const riskIndex = links.riskIndex[expiring];
    const expiresOn = covers.endDay[links.cover[expiring] ?? 0] ?? 0;
    const end = links.positionStart[position + 1] ?? 0;
    for (let slot = links.positionStart[position] ?? 0; slot < end; slot++) {
      const at = links.positionLinks[slot] ?? 0;
      if (at === expiring || links.riskIndex[at] !== riskIndex) continue;
      const other = links.cover[at] ?? 0;
      if ((covers.startDay[other] ?? 0) <= expiresOn && (covers.endDay[other] ?? 0) > expiresOn) return true;
    }
    return false;
  }

  /** The flag with its covers; `until` is the earliest expiry, or the earliest last day to file. */
  private flag(position: number, code: FlagCode, bit: number): PositionFlag {
    const { links, covers } = this.model;
    const first = links.positionStart[position] ?? 0;
    const end = links.positionStart[position + 1] ?? 0;
    let count = 0;
    for (let slot = first; slot < end; slot++) if ((this.bits[links.positionLinks[slot] ?? 0] ?? 0) & bit) count++;
    const coverIds = new Array<string>(count); // exact size: this list is part of the result
    let next = 0;
    let until = Infinity;
    for (let slot = first; slot < end; slot++) {
      const at = links.positionLinks[slot] ?? 0;
      if (!((this.bits[at] ?? 0) & bit)) continue;
      const cover = links.cover[at] ?? 0;
      coverIds[next++] = covers.ids[cover] ?? ""; // a position's links are in cover order, one per cover
      const ends = covers.endDay[cover] ?? 0;
      // the window is open on days X … X + W − 1: X + W − 1 is the last day to file
      if (bit === EXPIRING) until = Math.min(until, ends);
      if (bit === CLAIMABLE) until = Math.min(until, ends + (covers.claimWindowDays[cover] ?? 0) - 1);
    }
    return flagOf(code, coverIds, until === Infinity ? undefined : formatDay(until));
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count++;
  return count;
}
