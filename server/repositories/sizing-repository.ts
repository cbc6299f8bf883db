import type { PrismaClient } from "@/server/db/generated/client";
import type { AssetKind, DeductibleKind, RiskType, VenueKind } from "@/server/domain/sizing/types";

export type SizingPositionRow = {
  id: string; label: string; asset: string; assetKind: AssetKind; chain: string;
  venueKind: VenueKind; venue: string; valueUsd: string; risks: RiskType[];
};

export type SizingCoverRow = {
  id: string; status: "held" | "draft"; coverageType: RiskType; amountUsd: string;
  startsAt: string; expiresAt: string; positionIds: string[];
  coverVenues: string[]; coverChains: string[]; coverClaimWindowDays: number | null;
  coverDeductibleKind: DeductibleKind | null; coverDeductibleValue: string | null;
  productId: string | null; productName: string | null; coverProductName: string | null;
  productVenues: string[] | null; productChains: string[] | null; productClaimWindowDays: number | null;
  productDeductibleKind: DeductibleKind | null; productDeductibleValue: string | null;
  providerSlug: string | null; providerName: string | null;
};

/** Rows of several portfolios at once, each naming its portfolio (the alert sweep reads a batch of users). */
export type OfPortfolio<T> = T & { portfolioId: string };

/** Reads what sizing needs in two queries whatever the portfolio's size (or the number of portfolios). */
export class SizingRepository {
  constructor(private readonly db: PrismaClient) {}

  positions(portfolioId: string): Promise<SizingPositionRow[]> {
    return this.positionsOf([portfolioId]);
  }

  covers(portfolioId: string, includeDrafts: boolean): Promise<SizingCoverRow[]> {
    return this.coversOf([portfolioId], includeDrafts);
  }

  positionsOf(portfolioIds: readonly string[]): Promise<OfPortfolio<SizingPositionRow>[]> {
    return this.db.$queryRaw<OfPortfolio<SizingPositionRow>[]>`
      SELECT id, "portfolioId", label, asset, "assetKind"::text AS "assetKind", chain, "venueKind"::text AS "venueKind",
             venue, "valueUsd"::text AS "valueUsd", "risks"::text[] AS risks
      FROM "Position" WHERE "portfolioId" = ANY(${[...portfolioIds]}::text[])
      ORDER BY "portfolioId", "createdAt", id`;
  }

  coversOf(portfolioIds: readonly string[], includeDrafts: boolean): Promise<OfPortfolio<SizingCoverRow>[]> {
    const statuses = includeDrafts ? ["held", "draft"] : ["held"];
    return this.db.$queryRaw<OfPortfolio<SizingCoverRow>[]>`
      SELECT c.id, c."portfolioId", c.status::text AS status, c."coverageType"::text AS "coverageType",
             c."amountUsd"::text AS "amountUsd",
             to_char(c."startsAt", 'YYYY-MM-DD') AS "startsAt", to_char(c."expiresAt", 'YYYY-MM-DD') AS "expiresAt",
             COALESCE(array_agg(cp."positionId" ORDER BY cp."positionId") FILTER (WHERE cp."positionId" IS NOT NULL), '{}') AS "positionIds",
             c.venues AS "coverVenues", c.chains AS "coverChains", c."claimWindowDays" AS "coverClaimWindowDays",
             c."deductibleKind"::text AS "coverDeductibleKind", c."deductibleValue"::text AS "coverDeductibleValue",
             c."productId", p.name AS "productName", c."productName" AS "coverProductName",
             p.venues AS "productVenues", p.chains AS "productChains", p."claimWindowDays" AS "productClaimWindowDays",
             p."deductibleKind"::text AS "productDeductibleKind", p."deductibleValue"::text AS "productDeductibleValue",
             COALESCE(pr.slug, c."providerSlug") AS "providerSlug", COALESCE(pr.name, named.name) AS "providerName"
      FROM "Cover" c
      LEFT JOIN "CoverProduct" p ON p.id = c."productId"
      LEFT JOIN "Provider" pr ON pr.id = p."providerId"
      LEFT JOIN "Provider" named ON p.id IS NULL AND named.slug = c."providerSlug"
      LEFT JOIN "CoverPosition" cp ON cp."coverId" = c.id
      WHERE c."portfolioId" = ANY(${[...portfolioIds]}::text[]) AND c.status::text = ANY(${statuses})
      GROUP BY c.id, p.id, pr.id, named.id
      ORDER BY c."portfolioId", c."expiresAt", c.id`;
  }
}
