import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TPositionFields, TPositionRecord } from "@/lib/schemas/position";
import { money, moneyOrNull } from "./mappers";
import { editorOf, memberOf } from "./membership";

/** The fields an audit entry compares (DESIGN §13). */
export const POSITION_AUDIT_FIELDS = ["label", "asset", "assetKind", "chain", "venueKind", "venue", "valueUsd", "quantity", "riskGrade", "risks"] as const;

type PositionRow = Awaited<ReturnType<PrismaClient["position"]["findFirstOrThrow"]>>;

export function toPosition(r: PositionRow): TPositionRecord {
  return {
    id: r.id,
    portfolioId: r.portfolioId,
    label: r.label,
    asset: r.asset,
    assetKind: r.assetKind,
    chain: r.chain,
    venueKind: r.venueKind,
    venue: r.venue,
    valueUsd: money(r.valueUsd),
    quantity: moneyOrNull(r.quantity),
    riskGrade: r.riskGrade,
    risks: r.risks,
    createdAt: r.createdAt.toISOString(),
  };
}

export class PositionRepository {
  constructor(private readonly db: PrismaClient | Prisma.TransactionClient) {}

  async listForPortfolio(portfolioId: string): Promise<TPositionRecord[]> {
    const rows = await this.db.position.findMany({ where: { portfolioId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    return rows.map(toPosition);
  }

  /** The position when the user is a member of its portfolio. */
  async findVisible(userId: string, id: string): Promise<TPositionRecord | null> {
    const row = await this.db.position.findFirst({ where: { id, portfolio: memberOf(userId) } });
    return row ? toPosition(row) : null;
  }

  /** The position when the user may change it (owner or editor of its portfolio). */
  async findEditable(userId: string, id: string): Promise<TPositionRecord | null> {
    const row = await this.db.position.findFirst({ where: { id, portfolio: editorOf(userId) } });
    return row ? toPosition(row) : null;
  }

  async create(portfolioId: string, data: TPositionFields): Promise<TPositionRecord> {
    const row = await this.db.position.create({ data: { ...data, portfolioId } });
    return toPosition(row);
  }

  async update(id: string, data: Partial<TPositionFields>): Promise<TPositionRecord> {
    const row = await this.db.position.update({ where: { id }, data });
    return toPosition(row);
  }

  /** Deletes the position when the user may change it; returns how many rows went (0: not found, or already deleted). */
  async deleteEditable(userId: string, id: string): Promise<number> {
    const { count } = await this.db.position.deleteMany({ where: { id, portfolio: editorOf(userId) } });
    return count;
  }

  /** How many of these ids are positions of the portfolio. */
  async countInPortfolio(portfolioId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.db.position.count({ where: { portfolioId, id: { in: ids } } });
  }

  /** How many of these ids are positions in a portfolio the user may change. */
  async countEditable(userId: string, ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.db.position.count({ where: { id: { in: ids }, portfolio: editorOf(userId) } });
  }
}
