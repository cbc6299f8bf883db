import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { todayUtc } from "@/server/repositories/mappers";
import { SizingRepository } from "@/server/repositories/sizing-repository";
import { sizePortfolio } from "@/server/domain/sizing/size-portfolio";
import type { BreakdownRow } from "@/server/domain/sizing/types";
import type { TSummary } from "@/lib/schemas/summary";
import { chainName } from "@/lib/chains";
import { venueNameMap } from "./venue-names";
import { coverDisplayName, toSizingCover, toSizingPosition } from "./summary-mapping";

type OwnedPortfolio = { id: string; name: string; targetRatio: string };

async function ownedPortfolio(db: PrismaClient, userId: string, id: string): Promise<OwnedPortfolio> {
  const rows = await db.$queryRaw<OwnedPortfolio[]>`
    SELECT p.id, p.name, u."targetRatio"::text AS "targetRatio"
    FROM "Portfolio" p JOIN "User" u ON u.id = p."userId"
    WHERE p.id = ${id} AND p."userId" = ${userId}`;
  const row = rows[0];
  if (!row) throw notFound("Portfolio");
  return row;
}

/** The sizing result of a portfolio, with labels and names attached. Three SQL queries. */
export async function portfolioSummary(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string; includeDrafts?: boolean },
): Promise<TSummary> {
  const portfolio = await ownedPortfolio(db, userId, input.portfolioId);
  const repo = new SizingRepository(db);
  const [positionRows, coverRows, venueNames] = await Promise.all([
    repo.positions(portfolio.id),
    repo.covers(portfolio.id, input.includeDrafts ?? false),
    venueNameMap(db),
  ]);
  const asOf = input.asOf ?? todayUtc();
  const targetRatio = Number(portfolio.targetRatio);
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
    portfolio: { id: portfolio.id, name: portfolio.name },
    asOf,
    targetRatio,
    includeDrafts: input.includeDrafts ?? false,
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
