import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TPortfolio } from "@/lib/schemas/portfolio";
import type { Role } from "@/server/domain/access/roles";
import { money } from "./mappers";
import { memberOf } from "./membership";

type Db = PrismaClient | Prisma.TransactionClient;

export class PortfolioRepository {
  constructor(private readonly db: Db) {}

  /** The portfolio's id when the user is a member of it, else null. */
  async findMemberId(userId: string, id: string): Promise<string | null> {
    const row = await this.db.portfolio.findFirst({ where: { id, ...memberOf(userId) }, select: { id: true } });
    return row?.id ?? null;
  }

  listForUser(userId: string): Promise<TPortfolio[]> {
    return this.summaries(userId);
  }

  async getForUser(userId: string, id: string): Promise<TPortfolio | null> {
    const [row] = await this.summaries(userId, id);
    return row ?? null;
  }

  private async summaries(userId: string, id?: string): Promise<TPortfolio[]> {
    const rows = await this.db.portfolio.findMany({
      where: { ...memberOf(userId), ...(id ? { id } : {}) },
      orderBy: { createdAt: "asc" },
      include: {
        _count: { select: { positions: true, covers: true, members: true } },
        members: { where: { userId }, select: { role: true } },
      },
    });
    const totals = await this.db.position.groupBy({
      by: ["portfolioId"],
      where: { portfolio: { ...memberOf(userId), ...(id ? { id } : {}) } },
      _sum: { valueUsd: true },
    });
    const totalById = new Map(totals.map((t) => [t.portfolioId, t._sum.valueUsd]));
    return rows.map((r) => {
      const total = totalById.get(r.id);
      return {
        id: r.id,
        name: r.name,
        description: r.description,
        positionCount: r._count.positions,
        coverCount: r._count.covers,
        totalValueUsd: total ? money(total) : "0",
        createdAt: r.createdAt.toISOString(),
        role: (r.members[0]?.role ?? "viewer") as Role,
        memberCount: r._count.members,
      };
    });
  }

  /** A new portfolio with its creator as owner. */
  create(userId: string, data: { name: string; description?: string | null }) {
    return this.db.portfolio.create({
      data: { createdById: userId, name: data.name, description: data.description ?? null, members: { create: { userId, role: "owner" } } },
    });
  }

  /** The row as it is, when the user is an owner of it (renames and deletion are theirs). */
  findOwned(userId: string, id: string) {
    return this.db.portfolio.findFirst({ where: { id, members: { some: { userId, role: "owner" } } } });
  }

  /** Updates only when the user may manage it; returns the number of rows changed (0 = not found). */
  async update(userId: string, id: string, data: { name?: string; description?: string | null }): Promise<number> {
    const res = await this.db.portfolio.updateMany({ where: { id, members: { some: { userId, role: "owner" } } }, data });
    return res.count;
  }

  async delete(userId: string, id: string): Promise<number> {
    const res = await this.db.portfolio.deleteMany({ where: { id, members: { some: { userId, role: "owner" } } } });
    return res.count;
  }
}


