import type { PrismaClient } from "@/server/db/generated/client";

/**
 * Everything the sizing of a portfolio reads, condensed to one string: the owner's settings, the
 * positions and covers (count and latest change), their links (count and an order-free hash sum,
 * so a swapped link shows) and the catalog products and providers the covers use. One query,
 * index-only on the portfolio's rows; null when the portfolio is not the user's.
 */
export async function portfolioFingerprint(db: PrismaClient, userId: string, portfolioId: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ fingerprint: string | null }[]>`
    SELECT concat_ws('|',
      u."updatedAt"::text,
      (SELECT count(*) || ':' || coalesce(max(x."updatedAt")::text, '') FROM "Position" x WHERE x."portfolioId" = p.id),
      (SELECT count(*) || ':' || coalesce(max(greatest(c."updatedAt", cp."updatedAt", pr."updatedAt"))::text, '')
         FROM "Cover" c
         LEFT JOIN "CoverProduct" cp ON cp.id = c."productId"
         LEFT JOIN "Provider" pr ON pr.id = cp."providerId" OR (cp.id IS NULL AND pr.slug = c."providerSlug")
         WHERE c."portfolioId" = p.id),
      (SELECT count(*) || ':' || coalesce(sum(hashtext(l."coverId" || '>' || l."positionId")::bigint), 0)
         FROM "CoverPosition" l JOIN "Cover" c ON c.id = l."coverId" WHERE c."portfolioId" = p.id)
    ) AS fingerprint
    FROM "Portfolio" p JOIN "User" u ON u.id = p."userId"
    WHERE p.id = ${portfolioId} AND p."userId" = ${userId}`;
  return rows[0]?.fingerprint ?? null;
}
