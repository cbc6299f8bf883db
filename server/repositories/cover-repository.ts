import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TCover } from "@/lib/schemas/cover";
import { day, money, moneyOrNull } from "./mappers";
import { editorOf, memberOf } from "./membership";

/** The fields an audit entry compares (DESIGN §13). */
export const COVER_AUDIT_FIELDS = [
  "productId", "providerSlug", "productName", "coverageType", "amountUsd", "premiumUsd", "deductible", "venues", "chains", "claimWindowDays", "startsAt", "expiresAt", "status", "positionIds",
] as const;

export const coverInclude = {
  product: { select: { name: true, provider: { select: { slug: true, name: true } } } },
  positions: { select: { positionId: true } },
} satisfies Prisma.CoverInclude;

type CoverRow = Prisma.CoverGetPayload<{ include: typeof coverInclude }>;

export function toCover(r: CoverRow, providerNames: Map<string, string> = new Map()): TCover {
  const providerSlug = r.product?.provider.slug ?? r.providerSlug;
  return {
    id: r.id,
    portfolioId: r.portfolioId,
    productId: r.productId,
    providerSlug,
    providerName: r.product?.provider.name ?? (providerSlug ? providerNames.get(providerSlug) ?? null : null),
    productName: r.product?.name ?? r.productName ?? "Unnamed cover",
    coverageType: r.coverageType,
    amountUsd: money(r.amountUsd),
    premiumUsd: moneyOrNull(r.premiumUsd),
    deductible: r.deductibleKind && r.deductibleValue ? { kind: r.deductibleKind, value: money(r.deductibleValue) } : null,
    venues: r.venues,
    chains: r.chains,
    claimWindowDays: r.claimWindowDays,
    startsAt: day(r.startsAt),
    expiresAt: day(r.expiresAt),
    status: r.status,
    positionIds: r.positions.map((p) => p.positionId),
  };
}

export class CoverRepository {
  constructor(private readonly db: PrismaClient | Prisma.TransactionClient) {}

  async listForPortfolio(portfolioId: string): Promise<TCover[]> {
    const rows = await this.db.cover.findMany({
      where: { portfolioId }, include: coverInclude, orderBy: [{ expiresAt: "asc" }, { id: "asc" }],
    });
    const names = await this.providerNames(rows);
    return rows.map((r) => toCover(r, names));
  }

  /** The cover when the user is a member of its portfolio (`editable`: owner or editor). */
  async findFor(userId: string, id: string, editable = false): Promise<TCover | null> {
    const row = await this.db.cover.findFirst({ where: { id, portfolio: editable ? editorOf(userId) : memberOf(userId) }, include: coverInclude });
    if (!row) return null;
    return toCover(row, await this.providerNames([row]));
  }

  async create(data: Prisma.CoverUncheckedCreateInput): Promise<TCover> {
    const row = await this.db.cover.create({ data, include: coverInclude });
    return toCover(row, await this.providerNames([row]));
  }

  async update(id: string, data: Prisma.CoverUncheckedUpdateInput): Promise<TCover> {
    const row = await this.db.cover.update({ where: { id }, data, include: coverInclude });
    return toCover(row, await this.providerNames([row]));
  }

  /** Deletes the cover when the user may change it; returns how many rows went (0: not found, or already deleted). */
  async deleteEditable(userId: string, id: string): Promise<number> {
    const { count } = await this.db.cover.deleteMany({ where: { id, portfolio: editorOf(userId) } });
    return count;
  }

  /** Names of catalog providers referred to by slug from covers bought elsewhere. */
  private async providerNames(rows: CoverRow[]): Promise<Map<string, string>> {
    const slugs = [...new Set(rows.filter((r) => !r.product && r.providerSlug).map((r) => r.providerSlug as string))];
    if (slugs.length === 0) return new Map();
    const providers = await this.db.provider.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } });
    return new Map(providers.map((p) => [p.slug, p.name]));
  }
}
