import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { PriceQuote } from "@/server/domain/recommend/price";
import { day, dayToDate, money, moneyOrNull } from "./mappers";
import { editorOf, memberOf } from "./membership";

/** The fields an audit entry compares (DESIGN §13). */
export const QUOTE_AUDIT_FIELDS = ["productId", "ratePct", "amountUsd", "periodDays", "quotedAt", "validUntil", "note", "url"] as const;

export type QuoteRow = PriceQuote & {
  portfolioId: string;
  productName: string;
  providerName: string;
  amountUsd: string | null;
  periodDays: number | null;
  note: string | null;
  url: string | null;
};

export type NewQuote = {
  portfolioId: string; productId: string; ratePct: string; amountUsd: string | null; periodDays: number | null;
  quotedAt: string; validUntil: string | null; note: string | null; url: string | null;
};

const include = { product: { select: { name: true, provider: { select: { name: true } } } } } as const;

type Loaded = Prisma.QuoteGetPayload<{ include: typeof include }>;

function toRow(q: Loaded): QuoteRow {
  return {
    id: q.id, portfolioId: q.portfolioId, productId: q.productId, ratePct: money(q.ratePct),
    amountUsd: moneyOrNull(q.amountUsd), periodDays: q.periodDays, quotedAt: day(q.quotedAt),
    validUntil: q.validUntil ? day(q.validUntil) : null, note: q.note, url: q.url,
    productName: q.product.name, providerName: q.product.provider.name,
  };
}

/** Quotes belong to a portfolio: every read goes through its members, every delete through its owners and editors. */
export class QuoteRepository {
  constructor(private readonly db: PrismaClient | Prisma.TransactionClient) {}

  async create(q: NewQuote): Promise<QuoteRow> {
    const row = await this.db.quote.create({
      data: { ...q, quotedAt: dayToDate(q.quotedAt), validUntil: q.validUntil ? dayToDate(q.validUntil) : null },
      include,
    });
    return toRow(row);
  }

  /** Newest first. */
  async forPortfolio(userId: string, portfolioId: string): Promise<QuoteRow[]> {
    const rows = await this.db.quote.findMany({
      where: { portfolioId, portfolio: memberOf(userId) },
      include,
      orderBy: [{ quotedAt: "desc" }, { createdAt: "desc" }],
    });
    return rows.map(toRow);
  }

  /** The quote when the user may delete it (owner or editor of its portfolio). */
  async findEditable(userId: string, id: string): Promise<QuoteRow | null> {
    const row = await this.db.quote.findFirst({ where: { id, portfolio: editorOf(userId) }, include });
    return row ? toRow(row) : null;
  }

  /** How many rows went: 0 = not found, or not the user's to change. */
  async deleteEditable(userId: string, id: string): Promise<number> {
    const { count } = await this.db.quote.deleteMany({ where: { id, portfolio: editorOf(userId) } });
    return count;
  }
}
