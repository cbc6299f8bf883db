import { positionFlags } from "./flags";
import type { PositionModel, ResolvedSettings } from "./model";
import { positionResult } from "./position-result";
import { riskFiguresOf, type RiskFigures } from "./risk-figures";
import type { PositionSizing } from "./types";

/** One position sized: its exact figures for the rollups, and its result row. */
export type SizedPosition = {
  readonly model: PositionModel;
  readonly figures: readonly RiskFigures[];
  /** Headline (primary-risk) cents; with no risk, fully uninsured (DESIGN §3.1). */
  readonly insured: number;
  readonly uninsured: number;
  readonly wasted: number;
  readonly result: PositionSizing;
};

/**
 * Figures, flags and result row of one position in one go, while its links are at hand
 * (one pass over the positions instead of three).
 */
export function sizePosition(model: PositionModel, settings: ResolvedSettings, asOfDay: number): SizedPosition {
  const figures = riskFiguresOf(model);
  const flags = positionFlags({ position: model, figures, settings, asOfDay });
  const primary = figures[0];
  return {
    model,
    figures,
    insured: primary?.insured ?? 0,
    uninsured: primary?.uninsured ?? model.valueCents,
    wasted: primary?.wasted ?? 0,
    result: positionResult(model, figures, flags),
  };
}
