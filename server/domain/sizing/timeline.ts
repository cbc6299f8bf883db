import { formatCents } from "./cents";
import { formatDay } from "./days";
import type { CoverLink, PositionModel } from "./model";
import { PaySum } from "./pay-sum";
import type { TimelinePoint } from "./types";

/**
 * The cover cliff (DESIGN §3.4): the primary insured total on asOf, then on each day in
 * (asOf, asOf + timelineDays] — both ends inclusive — on which a cover starts or ends and the
 * total changes. Allocations do not depend on the day, so a cover starting (startsAt: first day
 * it counts) or ending (expiresAt: first day it no longer counts) only re-rounds the positions
 * it is linked to: O(n + m log m) — one sort of the events, never a recomputation per day.
 */
export function timelineOf(
  positionCount: number,
  links: readonly CoverLink[],
  asOfDay: number,
  timelineDays: number,
  totalInsured: number,
): TimelinePoint[] {
  const points: TimelinePoint[] = [{ date: formatDay(asOfDay), insuredUsd: formatCents(totalInsured) }];
  const events = sortedEvents(links, asOfDay, asOfDay + timelineDays);
  const stride = 2 * links.length;
  const running = new RunningInsured(positionCount);
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
  const keys = new Float64Array(stride); // at most a start and an end per link
  let count = 0;
  const inRange = (day: number) => day > asOfDay && day <= horizonDay;
  links.forEach(({ riskIndex, cover }, index) => {
    if (riskIndex !== 0 || cover.startDay >= cover.endDay) return;
    if (inRange(cover.startDay)) keys[count++] = (cover.startDay - asOfDay) * stride + 2 * index + 1;
    if (inRange(cover.endDay)) keys[count++] = (cover.endDay - asOfDay) * stride + 2 * index;
  });
  return keys.subarray(0, count).sort();
}

/**
 * Positions' primary insured as the days go by. A position's state on asOf is rebuilt from its
 * links when one of its covers first starts or ends (cheaper than keeping every position's
 * figures alive until the end): the same sum as its figures, so the same insured figure.
 */
type Running = { readonly paySum: PaySum; insured: number };

class RunningInsured {
  private readonly byPosition: (Running | undefined)[];
  private readonly touched: PositionModel[] = [];

  constructor(positionCount: number) {
    this.byPosition = new Array<Running | undefined>(positionCount);
  }

  /** A cover starts (or stops) paying its share on one position. */
  shift(link: CoverLink, starts: boolean): void {
    const state = this.stateOf(link.position);
    if (starts) state.paySum.add(link.pay);
    else state.paySum.subtract(link.pay);
    this.touched.push(link.position);
  }

  /** Re-rounds the positions touched since the last call; returns the change of the total. */
  settleDay(): number {
    let delta = 0;
    for (const position of this.touched) {
      const state = this.stateOf(position);
      const insured = state.paySum.insuredCents(position.valueCents);
      delta += insured - state.insured;
      state.insured = insured;
    }
    this.touched.length = 0;
    return delta;
  }

  private stateOf(position: PositionModel): Running {
    let state = this.byPosition[position.index];
    if (!state) {
      const paySum = new PaySum();
      for (const link of position.links) if (link.riskIndex === 0 && link.counts) paySum.add(link.pay);
      state = { paySum, insured: paySum.insuredCents(position.valueCents) };
      this.byPosition[position.index] = state;
    }
    return state;
  }
}
