import type { PrismaClient } from "@/server/db/generated/client";
import type { CoverRecord, PositionRecord } from "@/server/domain/import";
import { day, money, moneyOrNull } from "./mappers";

export type ExportedPosition = { id: string; record: PositionRecord };

/** Reads a portfolio in the export's shape: covers name their product by slugs and positions by label. */
export class ExportRepository {
  constructor(private readonly db: PrismaClient) {}

  portfolio(portfolioId: string): Promise<{ name: string; description: string | null } | null> {
    return this.db.portfolio.findFirst({ where: { id: portfolioId }, select: { name: true, description: true } });
  }

  /** In the portfolio's order (createdAt, id), which the import keeps. */
  async positions(portfolioId: string): Promise<ExportedPosition[]> {
    const rows = await this.db.position.findMany({ where: { portfolioId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    return rows.map((r) => ({
      id: r.id,
      record: {
        label: r.label, asset: r.asset, assetKind: r.assetKind, chain: r.chain, venueKind: r.venueKind, venue: r.venue,
        valueUsd: money(r.valueUsd), quantity: moneyOrNull(r.quantity), riskGrade: r.riskGrade, risks: r.risks,
      },
    }));
  }

  /** In the summary's order (expiresAt, id); `labels` maps linked position ids to labels. */
  async covers(portfolioId: string, labels: ReadonlyMap<string, { label: string; order: number }>): Promise<CoverRecord[]> {
    const rows = await this.db.cover.findMany({
      where: { portfolioId },
      orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
      include: {
        product: { select: { slug: true, name: true, provider: { select: { slug: true } } } },
        positions: { select: { positionId: true } },
      },
    });
    return rows.map((r) => ({
      providerSlug: r.product?.provider.slug ?? r.providerSlug,
      productSlug: r.product?.slug ?? null,
      productName: r.product?.name ?? r.productName ?? "Unnamed cover",
      coverageType: r.coverageType,
      amountUsd: money(r.amountUsd),
      premiumUsd: moneyOrNull(r.premiumUsd),
      deductible: r.deductibleKind && r.deductibleValue ? { kind: r.deductibleKind, value: money(r.deductibleValue) } : null,
      startsAt: day(r.startsAt),
      expiresAt: day(r.expiresAt),
      claimWindowDays: r.claimWindowDays,
      venues: r.venues,
      chains: r.chains,
      status: r.status,
      positions: r.positions
        .flatMap((p) => labels.get(p.positionId) ?? [])
        .sort((a, b) => a.order - b.order)
        .map((p) => p.label),
    }));
  }
}
