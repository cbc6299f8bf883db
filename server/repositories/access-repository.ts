import { Prisma, type PrismaClient } from "@/server/db/generated/client";
import type { Role } from "@/server/domain/access/roles";

/** How a procedure's input names its portfolio. */
export type PortfolioVia = "portfolioId" | "portfolio" | "position" | "positionId" | "cover" | "quote" | "shareLink" | "invite" | "alertKey";

export type Membership = { portfolioId: string; role: Role };

/** The table a row id belongs to, for the "id of a row of the portfolio" kinds. */
const TABLE_OF: Partial<Record<PortfolioVia, string>> = {
  position: "Position", positionId: "Position", cover: "Cover", quote: "Quote", shareLink: "ShareLink", invite: "PortfolioInvite",
};

/**
 * The caller's role in the portfolio a row belongs to, in one indexed query; null when the row
 * does not exist or the caller is not a member of its portfolio (the two look the same to them).
 */
export async function membershipVia(db: PrismaClient, userId: string, via: PortfolioVia, id: string): Promise<Membership | null> {
  if (via === "portfolioId" || via === "portfolio" || via === "alertKey") {
    const rows = await db.$queryRaw<Membership[]>`
      SELECT "portfolioId", role::text AS role FROM "PortfolioMember" WHERE "portfolioId" = ${id} AND "userId" = ${userId}`;
    return rows[0] ?? null;
  }
  const table = TABLE_OF[via];
  if (!table) return null;
  const rows = await db.$queryRaw<Membership[]>`
    SELECT m."portfolioId", m.role::text AS role
    FROM ${Prisma.raw(`"${table}"`)} x JOIN "PortfolioMember" m ON m."portfolioId" = x."portfolioId" AND m."userId" = ${userId}
    WHERE x.id = ${id}`;
  return rows[0] ?? null;
}
