import { parseDay } from "./days";
import { LinkResolver } from "./link-covers";
import type { SizingModel } from "./model";
import { parseCovers, parsePositions, resolveSettings } from "./parse-input";
import { Rollups } from "./rollups";
import { PositionSizer } from "./size-position";
import { timelineOf } from "./timeline";
import type { SizingInput, SizingResult } from "./types";

export * from "./types";
export { DEFAULT_SETTINGS as DEFAULT_SIZING_SETTINGS } from "./parse-input";
export { risksOf } from "./risks";

/**
 * Sizes a portfolio's insurance on one day (DESIGN §3): per position and risk the exposure,
 * what the covers that count on `asOf` pay on a total loss, what stays uninsured, what is
 * bought beyond the exposure; flags; totals; breakdowns; the cover-cliff timeline.
 * Pure: no I/O, no clock. Throws RangeError on input that breaks its invariants
 * (negative money, percentages above 100, impossible dates, repeated position ids, totals
 * above $90 trillion).
 */
export function sizePortfolio(input: SizingInput): SizingResult {
  const settings = resolveSettings(input.settings);
  const asOfDay = parseDay(input.asOf, "asOf");
  const positions = parsePositions(input.positions);
  const resolver = new LinkResolver(positions, input.covers.length);
  const covers = parseCovers(input.covers, asOfDay, resolver);
  const model: SizingModel = { asOfDay, settings, positions, covers, links: resolver.finish(covers) };

  const rollups = new Rollups(model);
  const sizer = new PositionSizer(model, rollups);
  const rows = positions.inputs.map((_, position) => sizer.size(position));

  return {
    asOf: input.asOf,
    positions: rows,
    totals: rollups.totals(),
    breakdowns: rollups.breakdowns(),
    portfolioFlags: rollups.portfolioFlags(),
    timeline: timelineOf(model, sizer.primaryInsured, rollups.insuredCents()),
  };
}
