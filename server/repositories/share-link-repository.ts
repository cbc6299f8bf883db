import type { Prisma, PrismaClient } from "@/server/db/generated/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type ShareLinkRow = {
  id: string; portfolioId: string; hideAmounts: boolean; expiresAt: Date | null; revokedAt: Date | null;
  createdById: string | null; createdAt: Date;
};

export type ShareLinkListRow = ShareLinkRow & { createdByName: string | null };

const COLUMNS = { id: true, portfolioId: true, hideAmounts: true, expiresAt: true, revokedAt: true, createdById: true, createdAt: true } as const;

/** DESIGN §13: share links. The token is never read back: only its hash is stored and looked up. */
export const shareLinkRepository = {
  create(tx: Db, data: { portfolioId: string; tokenHash: string; hideAmounts: boolean; expiresAt: Date | null; createdById: string }): Promise<ShareLinkRow> {
    return tx.shareLink.create({ data, select: COLUMNS });
  },

  /** The portfolio's links, newest first, with the creator's name (or e-mail address), in one query. */
  list(db: Db, portfolioId: string): Promise<ShareLinkListRow[]> {
    return db.$queryRaw<ShareLinkListRow[]>`
      SELECT s.id, s."portfolioId", s."hideAmounts", s."expiresAt", s."revokedAt", s."createdById", s."createdAt",
             COALESCE(NULLIF(u.name, ''), u.email) AS "createdByName"
      FROM "ShareLink" s LEFT JOIN "User" u ON u.id = s."createdById"
      WHERE s."portfolioId" = ${portfolioId}
      ORDER BY s."createdAt" DESC, s.id DESC`;
  },

  byId(db: Db, id: string): Promise<ShareLinkRow | null> {
    return db.shareLink.findFirst({ where: { id }, select: COLUMNS });
  },

  /** The link a token opens, if it is neither revoked nor expired at `now`: one indexed query. */
  activeByTokenHash(db: Db, tokenHash: string, now: Date): Promise<{ id: string; portfolioId: string; hideAmounts: boolean; createdById: string | null } | null> {
    return db.shareLink.findFirst({
      where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true, portfolioId: true, hideAmounts: true, createdById: true },
    });
  },

  /** Marks the link revoked unless it already is; false when nothing changed (already revoked, or gone). */
  async revoke(tx: Db, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.shareLink.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    return count === 1;
  },
};
