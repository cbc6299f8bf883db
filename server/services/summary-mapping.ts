import type { Deductible, SizingCoverInput, SizingPositionInput } from "@/server/domain/sizing/types";
import type { SizingCoverRow, SizingPositionRow } from "@/server/repositories/sizing-repository";
import { sizePortfolio } from "@/server/domain/sizing/size-portfolio";
import type { BreakdownRow } from "@/server/domain/sizing/types";
import type { TSummary } from "@/lib/schemas/summary";
import { chainName } from "@/lib/chains";

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

export type SummaryParts = {
  portfolio: { id: string; name: string }; asOf: string; targetRatio: number; includeDrafts: boolean;
  positionRows: SizingPositionRow[]; coverRows: SizingCoverRow[]; venueNames: ReadonlyMap<string, string>;
};

/** The sizing result of the rows read, with labels and names attached: what portfolio.summary returns. */
export function toSummary({ portfolio, asOf, targetRatio, includeDrafts, positionRows, coverRows, venueNames }: SummaryParts): TSummary {
  const result = sizePortfolio({
    asOf,
    positions: positionRows.map(toSizingPosition),
    covers: coverRows.map(toSizingCover),
    settings: { targetRatio },
  });

  const providerNames = new Map(coverRows.filter((c) => c.providerSlug).map((c) => [c.providerSlug as string, c.providerName ?? c.providerSlug as string]));
  const withLabel = (labelOf: (key: string) => string) => (row: BreakdownRow) => ({ ...row, label: labelOf(row.key) });
  const same = (k: string) => k;

  return {
    portfolio,
    asOf,
    targetRatio,
    includeDrafts,
    positions: result.positions.map((p, i) => {
      const row = positionRows[i]!;
      return {
        ...p, label: row.label, asset: row.asset, assetKind: row.assetKind, chain: row.chain, venueKind: row.venueKind, venue: row.venue,
        venueName: venueNames.get(row.venue) ?? null,
      };
    }),
    covers: coverRows.map((c) => ({
      id: c.id, name: coverDisplayName(c), providerSlug: c.providerSlug, providerName: c.providerName,
      coverageType: c.coverageType, amountUsd: c.amountUsd, startsAt: c.startsAt, expiresAt: c.expiresAt,
      status: c.status, positionIds: c.positionIds,
    })),
    totals: result.totals,
    breakdowns: {
      byProvider: result.breakdowns.byProvider.map(withLabel((k) => providerNames.get(k) ?? (k === "unknown" ? "Unknown provider" : k))),
      byChain: result.breakdowns.byChain.map(withLabel(chainName)),
      byVenue: result.breakdowns.byVenue.map(withLabel((k) => venueNames.get(k) ?? `${k} (unlisted)`)),
      byVenueKind: result.breakdowns.byVenueKind.map(withLabel(same)),
      byRisk: result.breakdowns.byRisk.map(withLabel((k) => k.replaceAll("_", " "))),
    },
    portfolioFlags: result.portfolioFlags.map((f) => ({ ...f, label: providerNames.get(f.key) ?? f.key })),
    timeline: result.timeline,
  };
}
