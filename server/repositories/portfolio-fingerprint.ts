import type { PrismaClient } from "@/server/db/generated/client";

/**
 * Everything the sizing of a portfolio reads, condensed to one string: the portfolio and the
 * reading member's settings, its positions and covers (count and latest change — a cover's links changing
 * touch the cover, see cover-service), and the catalog's latest change (products, providers,
 * venue names, incidents). One query of index lookups; null when the user is not a member of the portfolio.
 */
export async function portfolioFingerprint(db: PrismaClient, userId: string, portfolioId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ fingerprint: string | null }[]>`
    SELECT concat_ws('|',
      p."updatedAt"::text,
      u."updatedAt"::text,
      (SELECT count(*) || ':' || coalesce(max(x."updatedAt")::text, '') FROM "Position" x WHERE x."portfolioId" = p.id),
      (SELECT count(*) || ':' || coalesce(max(c."updatedAt")::text, '') FROM "Cover" c WHERE c."portfolioId" = p.id),
      (SELECT count(*) || ':' || coalesce(max(cp."updatedAt")::text, '') FROM "CoverProduct" cp),
      (SELECT count(*) || ':' || coalesce(max(pr."updatedAt")::text, '') FROM "Provider" pr),
      (SELECT max(v."updatedAt")::text FROM "Venue" v),
      (SELECT max(i."updatedAt")::text FROM "Incident" i)
    ) AS fingerprint
    FROM "Portfolio" p
    JOIN "PortfolioMember" m ON m."portfolioId" = p.id AND m."userId" = ${userId}
    JOIN "User" u ON u.id = m."userId"
    WHERE p.id = ${portfolioId}`;
  return rows[0]?.fingerprint ?? null;
}
