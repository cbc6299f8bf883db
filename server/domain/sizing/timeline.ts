import { formatCents } from "./cents";
import { formatDay } from "./days";
import type { CoverLink } from "./model";
import { PaySum } from "./pay-sum";
import type { SizedPosition } from "./size-position";
import type { TimelinePoint } from "./types";

/**
 * The cover cliff (DESIGN §3.4): the primary insured total on asOf, then on each day in
 * (asOf, asOf + timelineDays] — both ends inclusive — on which a cover starts or ends and the
 * total changes. Allocations do not depend on the day, so a cover starting (startsAt: first day
 * it counts) or ending (expiresAt: first day it no longer counts) only re-rounds the positions
 * it is linked to: O(n + m log m) — one sort of the events, never a recomputation per day.
 */
export function timelineOf(
  sized: readonly SizedPosition[],
  links: readonly CoverLink[],
  asOfDay: number,
  timelineDays: number,
  totalInsured: number,
): TimelinePoint[] {
  const points: TimelinePoint[] = [{ date: formatDay(asOfDay), insuredUsd: formatCents(totalInsured) }];
  const events = sortedEvents(links, asOfDay, asOfDay + timelineDays);
  const stride = 2 * links.length;
  const running = new RunningInsured(sized);
  let total = totalInsured;
  for (let at = 0; at < events.length; ) {
    const offset = Math.floor((events[at] ?? 0) / stride);
    for (; at < events.length && Math.floor((events[at] ?? 0) / stride) === offset; at++) {
      const rest = (events[at] ?? 0) - offset * stride;
      const link = links[rest >> 1];
      if (link) running.shift(link, (rest & 1) === 1);
    }
    const next = total + running.settleDay();
    if (next !== total) points.push({ date: formatDay(asOfDay + offset), insuredUsd: formatCents(next) });
    total = next;
  }
  return points;
}

/**
 * Each start or end of a cover on a position's primary risk, strictly after asOf and up to
 * the horizon, packed into one number — day offset · 2L + 2 · link index + (1 if a start) —
 * so one numeric sort orders them by day without an object per event.
 */
function sortedEvents(links: readonly CoverLink[], asOfDay: number, horizonDay: number): Float64Array {
  const stride = 2 * links.length;
  const keys: number[] = [];
  links.forEach(({ riskIndex, cover }, index) => {
    if (riskIndex !== 0 || cover.startDay >= cover.endDay) return;
    if (cover.startDay > asOfDay && cover.startDay <= horizonDay) keys.push((cover.startDay - asOfDay) * stride + 2 * index + 1);
    if (cover.endDay > asOfDay && cover.endDay <= horizonDay) keys.push((cover.endDay - asOfDay) * stride + 2 * index);
  });
  return Float64Array.from(keys).sort();
}

/** Positions' primary insured as the days go by, starting from their figures on asOf. */
class RunningInsured {
  private readonly paySums: (PaySum | undefined)[];
  private readonly insured: Float64Array;
  private readonly touched: number[] = [];

  constructor(private readonly sized: readonly SizedPosition[]) {
    this.paySums = new Array<PaySum | undefined>(sized.length);
    this.insured = new Float64Array(sized.length);
  }

  /** A cover starts (or stops) paying its share on one position. */
  shift(link: CoverLink, starts: boolean): void {
    const index = link.position.index;
    let paySum = this.paySums[index];
    if (!paySum) {
      const primary = this.sized[index]?.figures[0];
      paySum = primary?.paySum?.copy() ?? new PaySum();
      this.paySums[index] = paySum;
      this.insured[index] = primary?.insured ?? 0;
    }
    if (starts) paySum.add(link.pay);
    else paySum.subtract(link.pay);
    this.touched.push(index);
  }

  /** Re-rounds the positions touched since the last call; returns the change of the total. */
  settleDay(): number {
    let delta = 0;
    for (const index of this.touched) {
      const before = this.insured[index] ?? 0;
      const after = this.paySums[index]?.insuredCents(this.sized[index]?.model.valueCents ?? 0) ?? before;
      delta += after - before;
      this.insured[index] = after;
    }
    this.touched.length = 0;
    return delta;
  }
}
