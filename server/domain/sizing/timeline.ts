import { formatCents } from "./cents";
import { formatDay } from "./days";
import type { SizingModel } from "./model";
import { PaySum } from "./pay-sum";
import { primaryInsuredOn } from "./risk-figures";
import type { TimelinePoint } from "./types";

/**
 * The cover cliff (DESIGN §3.4): the primary insured total on asOf, then on each day in
 * (asOf, asOf + timelineDays] — both ends inclusive — on which a cover starts or ends and the
 * total changes. Allocations do not depend on the day, so a cover starting (startsAt: first day
 * it counts) or ending (expiresAt: first day it no longer counts) only changes the positions it
 * is linked to: O(n + m log m) — the events ordered by day once, never a recomputation of every
 * position per day. A position whose primary pays are all whole cents (the common case) keeps a
 * running sum; one with a fraction of a cent among them is re-summed exactly, once a day.
 * `insuredOnAsOf` holds each position's primary insured on asOf; it is updated in place.
 */
export function timelineOf(model: SizingModel, insuredOnAsOf: Float64Array, totalInsured: number): TimelinePoint[] {
  const { asOfDay, links } = model;
  const { valueCents } = model.positions;
  const points: TimelinePoint[] = [{ date: formatDay(asOfDay), insuredUsd: formatCents(totalInsured) }];
  const events = eventsByDay(model);
  const insured = insuredOnAsOf;
  const { paySums, fractional } = primaryPaySums(model);
  const lastDay = new Int32Array(model.positions.count); // the day offset each position was last re-summed on
  const paySum = new PaySum();
  let total = totalInsured;
  for (let group = 0; group < events.count; group++) {
    const offset = events.offsets[group] ?? 0;
    const day = asOfDay + offset;
    let delta = 0;
    for (let at = events.starts[group] ?? 0; at < (events.starts[group + 1] ?? 0); at++) {
      const event = events.links[at] ?? 0;
      const link = event >> 1;
      const position = links.position[link] ?? 0;
      let now: number;
      if (fractional[position] === 0) {
        const pay = links.payWhole[link] ?? 0;
        const sum = (paySums[position] ?? 0) + (event & 1 ? pay : -pay);
        paySums[position] = sum;
        now = Math.min(valueCents[position] ?? 0, sum);
      } else {
        if (lastDay[position] === offset) continue;
        lastDay[position] = offset;
        now = primaryInsuredOn(model, position, day, paySum);
      }
      delta += now - (insured[position] ?? 0);
      insured[position] = now;
    }
    const next = total + delta;
    if (next !== total) points.push({ date: formatDay(day), insuredUsd: formatCents(next) });
    total = next;
  }
  return points;
}

/**
 * Per position, the sum of the whole-cent pays of its primary links that count on asOf, and
 * whether any of its primary links pays a fraction of a cent (then the sum is not used).
 */
function primaryPaySums(model: SizingModel): { paySums: Float64Array; fractional: Uint8Array } {
  const { links } = model;
  const paySums = new Float64Array(model.positions.count);
  const fractional = new Uint8Array(model.positions.count);
  for (let link = 0; link < links.count; link++) {
    if (links.riskIndex[link] !== 0) continue;
    const position = links.position[link] ?? 0;
    if (links.payRem[link] !== 0) fractional[position] = 1;
    if (model.covers.counts[links.cover[link] ?? 0] === 1) {
      paySums[position] = (paySums[position] ?? 0) + (links.payWhole[link] ?? 0);
    }
  }
  return { paySums, fractional };
}

/**
 * The links with a start or end of their cover on a position's primary risk, strictly after
 * asOf and up to the horizon, grouped by day, ascending: offsets[0 .. count) are the days with
 * events (as days after asOf), and the events of day group g are links[starts[g] .. starts[g + 1]),
 * each 2 · link index + (1 if a start).
 */
type DayGroups = { count: number; offsets: Int32Array; starts: Int32Array; links: Int32Array };

/** A horizon up to this many days is bucketed by day (one pass); a longer one is sorted. */
const MAX_BUCKETED_DAYS = 100_000;

function eventsByDay(model: SizingModel): DayGroups {
  const { asOfDay, links, covers } = model;
  const horizon = model.settings.timelineDays;
  const days = new Int32Array(2 * links.count); // at most a start and an end per link
  const eventLinks = new Int32Array(2 * links.count);
  let count = 0;
  for (let link = 0; link < links.count; link++) {
    const cover = links.cover[link] ?? 0;
    const starts = (covers.startDay[cover] ?? 0) - asOfDay;
    const ends = (covers.endDay[cover] ?? 0) - asOfDay;
    if (links.riskIndex[link] !== 0 || starts >= ends) continue;
    if (starts > 0 && starts <= horizon) {
      days[count] = starts;
      eventLinks[count++] = 2 * link + 1;
    }
    if (ends > 0 && ends <= horizon) {
      days[count] = ends;
      eventLinks[count++] = 2 * link;
    }
  }
  return horizon <= MAX_BUCKETED_DAYS
    ? bucketed(days, eventLinks, count, horizon)
    : sorted(days, eventLinks, count);
}

/** A counting sort of the events by day. */
function bucketed(days: Int32Array, eventLinks: Int32Array, count: number, horizon: number): DayGroups {
  const firstOfDay = new Int32Array(horizon + 2); // events of day d: [firstOfDay[d], firstOfDay[d + 1])
  for (let at = 0; at < count; at++) {
    const next = (days[at] ?? 0) + 1;
    firstOfDay[next] = (firstOfDay[next] ?? 0) + 1;
  }
  let dayCount = 0;
  for (let day = 1; day <= horizon + 1; day++) {
    if (day <= horizon && (firstOfDay[day + 1] ?? 0) > 0) dayCount++;
    firstOfDay[day] = (firstOfDay[day] ?? 0) + (firstOfDay[day - 1] ?? 0);
  }
  const links = new Int32Array(count);
  const filled = firstOfDay.slice(0, horizon + 1);
  for (let at = 0; at < count; at++) {
    const day = days[at] ?? 0;
    links[filled[day] ?? 0] = eventLinks[at] ?? 0;
    filled[day] = (filled[day] ?? 0) + 1;
  }
  const groups: DayGroups = { count: dayCount, offsets: new Int32Array(dayCount), starts: new Int32Array(dayCount + 1), links };
  let group = 0;
  for (let day = 1; day <= horizon; day++) {
    if (firstOfDay[day] === firstOfDay[day + 1]) continue;
    groups.offsets[group] = day;
    groups.starts[group++] = firstOfDay[day] ?? 0;
  }
  groups.starts[dayCount] = count;
  return groups;
}

/** One numeric sort of the events packed into numbers: day · count + event index. */
function sorted(days: Int32Array, eventLinks: Int32Array, count: number): DayGroups {
  const keys = new Float64Array(count);
  for (let at = 0; at < count; at++) keys[at] = (days[at] ?? 0) * count + at;
  keys.sort();
  const links = new Int32Array(count);
  const offsets = new Int32Array(count);
  const starts = new Int32Array(count + 1);
  let dayCount = 0;
  for (let at = 0; at < count; at++) {
    const event = (keys[at] ?? 0) % count;
    const day = days[event] ?? 0;
    links[at] = eventLinks[event] ?? 0;
    if (dayCount === 0 || offsets[dayCount - 1] !== day) {
      offsets[dayCount] = day;
      starts[dayCount++] = at;
    }
  }
  starts[dayCount] = count;
  return { count: dayCount, offsets, starts, links };
}
