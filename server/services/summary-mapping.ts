import type { Deductible, SizingCoverInput, SizingPositionInput } from "@/server/domain/sizing/types";
import type { SizingCoverRow, SizingPositionRow } from "@/server/repositories/sizing-repository";

export function toSizingPosition(row: SizingPositionRow): SizingPositionInput {
  return {
    id: row.id, valueUsd: row.valueUsd, venueKind: row.venueKind, venue: row.venue, chain: row.chain,
    asset: row.asset, assetKind: row.assetKind, ...(row.risks.length > 0 && { risks: row.risks }),
  };
}

function deductibleOf(row: SizingCoverRow): Deductible | undefined {
  if (row.coverDeductibleKind && row.coverDeductibleValue) return { kind: row.coverDeductibleKind, value: row.coverDeductibleValue };
  if (row.productDeductibleKind && row.productDeductibleValue) return { kind: row.productDeductibleKind, value: row.productDeductibleValue };
  return undefined;
}

/** The cover's own scope, claim window and deductible win; else the catalog product's. */
export function toSizingCover(row: SizingCoverRow): SizingCoverInput {
  const venues = row.coverVenues.length > 0 ? row.coverVenues : row.productVenues ?? [];
  const chains = row.coverChains.length > 0 ? row.coverChains : row.productChains ?? [];
  const claimWindowDays = row.coverClaimWindowDays ?? row.productClaimWindowDays;
  const deductible = deductibleOf(row);
  return {
    id: row.id,
    coverageType: row.coverageType,
    amountUsd: row.amountUsd,
    startsAt: row.startsAt,
    expiresAt: row.expiresAt,
    positionIds: row.positionIds,
    ...(row.providerSlug && { providerSlug: row.providerSlug }),
    ...(venues.length > 0 && { venues }),
    ...(chains.length > 0 && { chains }),
    ...(claimWindowDays != null && { claimWindowDays }),
    ...(deductible && { deductible }),
  };
}

export function coverDisplayName(row: SizingCoverRow): string {
  return row.productName ?? row.coverProductName ?? "Unnamed cover";
}
