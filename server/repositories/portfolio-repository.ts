import type { PrismaClient } from "@/server/db/generated/client";
import type { TPortfolio } from "@/lib/schemas/portfolio";
import { money } from "./mappers";

export class PortfolioRepository {
  constructor(private readonly db: PrismaClient) {}

  /** The portfolio's id when it belongs to the user, else null. */
  async findOwnedId(userId: string, id: string): Promise<string | null> {
    const row = await this.db.portfolio.findFirst({ where: { id, userId }, select: { id: true } });
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
      where: { userId, ...(id ? { id } : {}) },
      orderBy: { createdAt: "asc" },
      include: { _count: { select: { positions: true, covers: true } } },
    });
    const totals = await this.db.position.groupBy({
      by: ["portfolioId"],
      where: { portfolio: { userId, ...(id ? { id } : {}) } },
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
      };
    });
  }

  create(userId: string, data: { name: string; description?: string | null }) {
    return this.db.portfolio.create({ data: { userId, name: data.name, description: data.description ?? null } });
  }

  /** Updates only when owned; returns the number of rows changed (0 = not found). */
  async update(userId: string, id: string, data: { name?: string; description?: string | null }): Promise<number> {
    const res = await this.db.portfolio.updateMany({ where: { id, userId }, data });
    return res.count;
  }

  async delete(userId: string, id: string): Promise<number> {
    const res = await this.db.portfolio.deleteMany({ where: { id, userId } });
    return res.count;
  }
}
