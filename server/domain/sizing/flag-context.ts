import type { CoverLink, PositionModel, ResolvedSettings } from "./model";
import type { RiskFigures } from "./risk-figures";
import type { FlagCode, PositionFlag } from "./types";

/** What a flag rule may look at: one position, its figures on `asOf`, and the settings. */
export type FlagContext = {
  readonly position: PositionModel;
  readonly figures: readonly RiskFigures[];
  readonly settings: ResolvedSettings;
  readonly asOfDay: number;
};

/** One check per flag code: the flag, or null when it does not hold. */
export type FlagRule = (context: FlagContext) => PositionFlag | null;

/** Cover ids of the given links, each once, in cover input order. */
export function coverIdsOf(links: readonly CoverLink[]): string[] {
  if (isInCoverOrder(links)) return links.map((link) => link.cover.id);
  const byIndex = new Map<number, string>();
  for (const link of links) byIndex.set(link.cover.index, link.cover.id);
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/** Links gathered from one position's list already come in cover order, once each. */
function isInCoverOrder(links: readonly CoverLink[]): boolean {
  for (let i = 1; i < links.length; i++) {
    if ((links[i - 1]?.cover.index ?? 0) >= (links[i]?.cover.index ?? 0)) return false;
  }
  return true;
}

export function flagOf(code: FlagCode, links: readonly CoverLink[], until?: string): PositionFlag {
  const coverIds = coverIdsOf(links);
  return until === undefined ? { code, coverIds } : { code, coverIds, until };
}
