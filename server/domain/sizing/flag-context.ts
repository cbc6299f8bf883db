import type { LinkTable, SizingModel } from "./model";
import type { FlagCode, PositionFlag } from "./types";

/**
 * Ids of a position's covers that count on `asOf` and apply to one of the risks in `riskMask`
 * (bit i = the position's risk i; a position carries at most the 10 RISK_TYPES), in cover input
 * order: a position's links are in cover order, one per cover, so each id comes once.
 */
export function countingCoverIds(model: SizingModel, position: number, riskMask: number): string[] {
  const { links } = model;
  const { counts, ids } = model.covers;
  const first = links.positionStart[position] ?? 0;
  const end = links.positionStart[position + 1] ?? 0;
  let count = 0;
  for (let slot = first; slot < end; slot++) {
    if (isCountingIn(links, counts, links.positionLinks[slot] ?? 0, riskMask)) count++;
  }
  const coverIds = new Array<string>(count); // exact size: this list is part of the result
  let next = 0;
  for (let slot = first; slot < end && next < count; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (isCountingIn(links, counts, at, riskMask)) coverIds[next++] = ids[links.cover[at] ?? 0] ?? "";
  }
  return coverIds;
}

function isCountingIn(links: LinkTable, counts: Uint8Array, at: number, riskMask: number): boolean {
  const riskIndex = links.riskIndex[at] ?? -1;
  return riskIndex >= 0 && riskIndex < 31 && ((riskMask >>> riskIndex) & 1) === 1 && counts[links.cover[at] ?? 0] === 1;
}

export function flagOf(code: FlagCode, coverIds: string[], until?: string): PositionFlag {
  return until === undefined ? { code, coverIds } : { code, coverIds, until };
}
