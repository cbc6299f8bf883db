import { positionFlags } from "./flags";
import type { PositionModel, ResolvedSettings } from "./model";
import { positionResult } from "./position-result";
import { riskFiguresOf } from "./risk-figures";
import type { Rollups } from "./rollups";
import type { PositionSizing } from "./types";

/**
 * Figures, flags, result row and rollup sums of one position in one go, while its links are at
 * hand: one pass over the positions instead of several, and figures that die young instead of
 * 10,000 positions' worth kept to the end (the garbage collector copies what stays alive).
 */
export function sizePosition(
  model: PositionModel,
  settings: ResolvedSettings,
  asOfDay: number,
  rollups: Rollups,
): PositionSizing {
  const figures = riskFiguresOf(model);
  rollups.add(model, figures);
  return positionResult(model, figures, positionFlags({ position: model, figures, settings, asOfDay }));
}
