/**
 * Builders for the sizing tests: a position and a cover with plain defaults, so each scenario
 * spells out only what it is about. Not imported by production code.
 */
import { sizePortfolio } from "./size-portfolio";
import type {
  PositionSizing,
  RiskSizing,
  RiskType,
  SizingCoverInput,
  SizingPositionInput,
  SizingResult,
  SizingSettings,
} from "./types";

export const AS_OF = "2025-06-01";

/** A DeFi deposit of $1,000 whose only risk is protocol_exploit (assetKind "other"). */
export function position(id: string, overrides: Partial<SizingPositionInput> = {}): SizingPositionInput {
  return {
    id,
    valueUsd: "1000",
    venueKind: "defi",
    venue: "aave-v3",
    chain: "ethereum",
    asset: "WBTC",
    assetKind: "other",
    ...overrides,
  };
}

/** A $1,000 protocol_exploit cover from Nexus Mutual, in force all of 2025 (counts on AS_OF). */
export function cover(id: string, positionIds: string[], overrides: Partial<SizingCoverInput> = {}): SizingCoverInput {
  return {
    id,
    providerSlug: "nexus-mutual",
    coverageType: "protocol_exploit",
    amountUsd: "1000",
    startsAt: "2025-01-01",
    expiresAt: "2026-01-01",
    positionIds,
    ...overrides,
  };
}

export function size(
  positions: SizingPositionInput[],
  covers: SizingCoverInput[] = [],
  settings?: SizingSettings,
  asOf = AS_OF,
): SizingResult {
  return sizePortfolio({ asOf, positions, covers, settings });
}

export function positionIn(result: SizingResult, id: string): PositionSizing {
  const found = result.positions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no position ${id} in the result`);
  return found;
}

export function riskIn(result: SizingResult, positionId: string, risk: RiskType): RiskSizing {
  const found = positionIn(result, positionId).risks.find((candidate) => candidate.risk === risk);
  if (!found) throw new Error(`position ${positionId} carries no ${risk}`);
  return found;
}

export function flagCodes(result: SizingResult, positionId: string): string[] {
  return positionIn(result, positionId).flags.map((flag) => flag.code);
}
