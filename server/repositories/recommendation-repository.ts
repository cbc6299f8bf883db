import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { RiskGrade, RiskType } from "@/server/domain/recommend";
import { orderedIds } from "./import-repository";
import { day, dayToDate, money } from "./mappers";
import { memberOf } from "./membership";

export type DraftRow = {
  id: string;
  positionIds: string[];
  productId: string | null;
  productName: string;
  providerName: string | null;
  coverageType: RiskType;
  amountUsd: string;
  startsAt: string;
  expiresAt: string;
  /** The period's premium at the price used, and that price in words; null = quote only. */
  premiumUsd: string | null;
  priceLabel: string | null;
};

export type NewDraft = {
  positionId: string;
  productId: string;
  coverageType: RiskType;
  amountUsd: string;
  startsAt: string;
  expiresAt: string;
  premiumUsd: string | null;
  priceLabel: string | null;
};

/** What recommendations read and write beyond the sizing result: risk grades and draft covers. */
export class RecommendationRepository {
  constructor(private readonly db: PrismaClient) {}

  /** The portfolio of a position the user owns, or null (another user's id looks like a missing one). */
  /** The portfolio of a position the user may see (a member of its portfolio). */
  async visiblePositionPortfolio(userId: string, positionId: string): Promise<string | null> {
    const row = await this.db.position.findFirst({ where: { id: positionId, portfolio: memberOf(userId) }, select: { portfolioId: true } });
    return row?.portfolioId ?? null;
  }

  /** Position id → risk grade, for the graded positions of a portfolio. */
  async riskGrades(portfolioId: string): Promise<Map<string, RiskGrade>> {
    const rows = await this.db.position.findMany({
      where: { portfolioId, riskGrade: { not: null } }, select: { id: true, riskGrade: true },
    });
    return new Map(rows.flatMap((r) => (r.riskGrade ? [[r.id, r.riskGrade] as const] : [])));
  }

  async drafts(portfolioId: string, positionId?: string): Promise<DraftRow[]> {
    const rows = await this.db.cover.findMany({
      where: { portfolioId, status: "draft", ...(positionId && { positions: { some: { positionId } } }) },
      include: {
        product: { select: { name: true, provider: { select: { name: true } } } },
        positions: { select: { positionId: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map((r) => ({
      id: r.id,
      positionIds: r.positions.map((p) => p.positionId),
      productId: r.productId,
      productName: r.product?.name ?? r.productName ?? "Unnamed cover",
      providerName: r.product?.provider.name ?? null,
      coverageType: r.coverageType,
      amountUsd: money(r.amountUsd),
      startsAt: day(r.startsAt),
      expiresAt: day(r.expiresAt),
      premiumUsd: r.premiumUsd === null ? null : r.premiumUsd.toFixed(2),
      priceLabel: r.priceLabel,
    }));
  }

  /**
   * Every draft and its link in one transaction: all are written, or none. A draft of the same
   * product on the same position is replaced, not doubled: applying a suggestion or a plan twice
   * leaves one what-if per (position, product). Returns the new ids and how many were replaced.
   */
  /** In one transaction, after `alongside` (the write's permission check and its audit entry). */
  async replaceDrafts(
    portfolioId: string, drafts: readonly NewDraft[], alongside: (tx: Prisma.TransactionClient, ids: readonly string[]) => Promise<void>,
  ): Promise<{ ids: string[]; replaced: number }> {
    const ids = orderedIds(drafts.length);
    let replaced = 0;
    await this.db.$transaction(async (tx) => {
      await alongside(tx, ids);
      const { count } = await tx.cover.deleteMany({
        where: {
          portfolioId, status: "draft",
          OR: drafts.map((d) => ({ productId: d.productId, positions: { every: { positionId: d.positionId }, some: {} } })),
        },
      });
      replaced = count;
      await tx.cover.createMany({
        data: drafts.map((d, i) => ({
          id: ids[i]!, portfolioId, productId: d.productId, coverageType: d.coverageType, amountUsd: d.amountUsd,
          premiumUsd: d.premiumUsd, priceLabel: d.priceLabel,
          startsAt: dayToDate(d.startsAt), expiresAt: dayToDate(d.expiresAt), status: "draft" as const,
        })),
      });
      await tx.coverPosition.createMany({ data: drafts.map((d, i) => ({ coverId: ids[i]!, positionId: d.positionId })) });
    });
    return { ids, replaced };
  }
}
