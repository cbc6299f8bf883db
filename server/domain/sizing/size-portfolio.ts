import { parseDay } from "./days";
import { linkCovers } from "./link-covers";
import { parseCovers, parsePositions, resolveSettings } from "./parse-input";
import { Rollups } from "./rollups";
import { sizePosition } from "./size-position";
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
  const links = linkCovers(parseCovers(input.covers, asOfDay), positions.list, positions.byId);

  const rollups = new Rollups();
  const rows = positions.list.map((model) => sizePosition(model, settings, asOfDay, rollups));

  return {
    asOf: input.asOf,
    positions: rows,
    totals: rollups.totals(),
    breakdowns: rollups.breakdowns(),
    portfolioFlags: rollups.portfolioFlags(),
    timeline: timelineOf(positions.list.length, links, asOfDay, settings.timelineDays, rollups.insuredCents()),
  };
}
