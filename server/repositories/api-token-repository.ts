import type { Prisma, PrismaClient } from "@/server/db/generated/client";

type Db = PrismaClient | Prisma.TransactionClient;

export type ApiTokenRow = {
  id: string; name: string; scope: string; prefix: string; portfolioId: string | null; portfolioName: string | null;
  createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null;
};

export type ApiTokenAuthRow = { id: string; userId: string; scope: string; portfolioId: string | null; expiresAt: Date | null; lastUsedAt: Date | null };

/** With the portfolio's name only while the token's owner is still a member of it. */
const listSelect = (userId: string) => ({
  id: true, name: true, scope: true, prefix: true, portfolioId: true, createdAt: true, lastUsedAt: true, expiresAt: true,
  portfolio: { select: { name: true, members: { where: { userId }, select: { role: true } } } },
}) as const;

type Selected = Prisma.ApiTokenGetPayload<{ select: ReturnType<typeof listSelect> }>;
const toRow = ({ portfolio, ...r }: Selected): ApiTokenRow => ({ ...r, portfolioName: portfolio && portfolio.members.length > 0 ? portfolio.name : null });

/** DESIGN §14: API tokens. The token is never stored: only its hash, which is what requests are looked up by. */
export const apiTokenRepository = {
  async create(tx: Db, data: { userId: string; name: string; scope: string; portfolioId: string | null; tokenHash: string; prefix: string; expiresAt: Date | null }): Promise<ApiTokenRow> {
    return toRow(await tx.apiToken.create({ data, select: listSelect(data.userId) }));
  },

  /** Expired tokens stay listed (until revoked) but do not count against the limit. */
  countUnexpired(db: Db, userId: string, now: Date): Promise<number> {
    return db.apiToken.count({ where: { userId, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
  },

  /** The user's tokens, newest first. */
  async listOf(db: Db, userId: string): Promise<ApiTokenRow[]> {
    const rows = await db.apiToken.findMany({ where: { userId }, select: listSelect(userId), orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    return rows.map(toRow);
  },

  /** Deletes the user's token; false when it is not theirs or already gone. */
  async deleteOwn(db: Db, userId: string, id: string): Promise<boolean> {
    return (await db.apiToken.deleteMany({ where: { id, userId } })).count === 1;
  },

  byHash(db: Db, tokenHash: string): Promise<ApiTokenAuthRow | null> {
    return db.apiToken.findFirst({
      where: { tokenHash },
      select: { id: true, userId: true, scope: true, portfolioId: true, expiresAt: true, lastUsedAt: true },
    });
  },

  /** Records a use, unless one was recorded within `resolutionMs` (the condition makes concurrent calls write once). */
  async touch(db: Db, id: string, now: Date, resolutionMs: number): Promise<void> {
    await db.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - resolutionMs) } }] },
      data: { lastUsedAt: now },
    });
  },
};
