import { Prisma, type PrismaClient } from "@/server/db/generated/client";
import type { CalendarCover } from "@/server/domain/calendar/cover-events";
import { RECENTLY_EXPIRED_DAYS } from "@/server/domain/calendar/cover-events";
import { isMemberSql } from "./membership";

export type CalendarCoverRow = CalendarCover & { status: "held" | "draft" };

/**
 * One query for any number of covers: each with its portfolio's name, its linked positions'
 * labels, and its claim window (the cover's own, else its product's). Names follow the summary:
 * the catalog product's name wins over the typed one; the provider is the product's, else the
 * provider named by slug on a cover bought elsewhere.
 */
function coverRows(db: PrismaClient, where: Prisma.Sql): Promise<CalendarCoverRow[]> {
  return db.$queryRaw<CalendarCoverRow[]>`
    SELECT c.id, c."portfolioId", po.name AS "portfolioName", c.status::text AS status,
           COALESCE(p.name, c."productName") AS "productName",
           COALESCE(pr.name, named.name, c."providerSlug") AS "providerName",
           c."amountUsd"::text AS "amountUsd",
           to_char(c."startsAt", 'YYYY-MM-DD') AS "startsAt", to_char(c."expiresAt", 'YYYY-MM-DD') AS "expiresAt",
           COALESCE(c."claimWindowDays", p."claimWindowDays") AS "claimWindowDays",
           COALESCE(array_agg(pos.label ORDER BY pos."createdAt", pos.id) FILTER (WHERE pos.id IS NOT NULL), '{}') AS "positionLabels"
    FROM "Cover" c
    JOIN "Portfolio" po ON po.id = c."portfolioId"
    LEFT JOIN "CoverProduct" p ON p.id = c."productId"
    LEFT JOIN "Provider" pr ON pr.id = p."providerId"
    LEFT JOIN "Provider" named ON p.id IS NULL AND named.slug = c."providerSlug"
    LEFT JOIN "CoverPosition" cp ON cp."coverId" = c.id
    LEFT JOIN "Position" pos ON pos.id = cp."positionId"
    WHERE ${where}
    GROUP BY c.id, po.id, p.id, pr.id, named.id
    ORDER BY c."expiresAt", po.name, c.id`;
}

/** Reads the covers a user's calendar shows. */
export class CalendarRepository {
  constructor(private readonly db: PrismaClient) {}

  /**
   * The held covers of every portfolio the user is a member of that may still be in the feed on `today`:
   * a coarse cut the domain's isInFeed then applies exactly.
   */
  feedCovers(userId: string, today: string): Promise<CalendarCoverRow[]> {
    return coverRows(this.db, Prisma.sql`${isMemberSql(Prisma.sql`po.id`, userId)} AND c.status = 'held'
      AND c."expiresAt" >= ${today}::date - GREATEST(${RECENTLY_EXPIRED_DAYS}::int, COALESCE(c."claimWindowDays", p."claimWindowDays", 0))`);
  }

  /** One cover, if the user is a member of its portfolio (any status). */
  async ownedCover(userId: string, coverId: string): Promise<CalendarCoverRow | null> {
    const rows = await coverRows(this.db, Prisma.sql`${isMemberSql(Prisma.sql`po.id`, userId)} AND c.id = ${coverId}`);
    return rows[0] ?? null;
  }
}
