import type { PrismaClient } from "@/server/db/generated/client";
import { badInput, notFound } from "@/server/api/errors";
import { isQuoteValid, quoteValidThrough, validQuotesByProduct } from "@/server/domain/recommend/price";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { QUOTE_AUDIT_FIELDS, QuoteRepository, type QuoteRow } from "@/server/repositories/quote-repository";
import { todayUtc } from "@/server/repositories/mappers";
import type { TCreateQuoteInput, TQuote } from "@/lib/schemas/quote";
import { requirePortfolioMember } from "./portfolio-service";
import { requireEditablePortfolio } from "./position-service";
import { answeringRaces } from "./race-errors";

function toQuote(row: QuoteRow, inForce: ReadonlyMap<string, { id: string }>, today: string): TQuote {
  const valid = isQuoteValid(row, today);
  return {
    id: row.id, portfolioId: row.portfolioId, productId: row.productId, productName: row.productName, providerName: row.providerName,
    ratePct: row.ratePct, amountUsd: row.amountUsd, periodDays: row.periodDays, quotedAt: row.quotedAt, validUntil: row.validUntil,
    validThrough: quoteValidThrough(row),
    status: valid ? "valid" : row.quotedAt > today ? "future" : "expired",
    superseded: valid && inForce.get(row.productId)?.id !== row.id,
    note: row.note, url: row.url,
  };
}

/** A portfolio's quotes, newest first, each marked valid, expired or superseded as of today. */
export async function listQuotes(db: PrismaClient, userId: string, portfolioId: string, today = todayUtc()): Promise<TQuote[]> {
  await requirePortfolioMember(db, userId, portfolioId);
  const rows = await new QuoteRepository(db).forPortfolio(userId, portfolioId);
  const inForce = validQuotesByProduct(rows, today);
  return rows.map((r) => toQuote(r, inForce, today));
}

/** Records a quote; NOT_FOUND for someone else's portfolio, BAD_REQUEST naming the field for bad input. */
export async function createQuote(db: PrismaClient, userId: string, input: TCreateQuoteInput, today = todayUtc()): Promise<TQuote> {
  await requireEditablePortfolio(db, userId, input.portfolioId);
  const product = await db.coverProduct.findFirst({ where: { id: input.productId }, select: { provider: { select: { slug: true, name: true } } } });
  if (!product) throw badInput("productId", "No such product in the catalog");
  if (input.providerSlug !== undefined && input.providerSlug !== product.provider.slug) {
    throw badInput("productId", `This product is ${product.provider.name}'s, not ${input.providerSlug}'s`);
  }
  if (input.quotedAt > today) throw badInput("quotedAt", "A quote cannot be dated after today");
  const row = await answeringRaces({ subject: "Portfolio" }, () => db.$transaction(async (tx) => {
    const created = await new QuoteRepository(tx).create({
      portfolioId: input.portfolioId, productId: input.productId, ratePct: input.ratePct, amountUsd: input.amountUsd ?? null,
      periodDays: input.periodDays ?? null, quotedAt: input.quotedAt, validUntil: input.validUntil ?? null,
      note: input.note || null, url: input.url ?? null,
    });
    await appendAudit(tx, { portfolioId: input.portfolioId, userId, action: "create", entity: "quote", entityId: created.id, changes: changesOf(null, created, QUOTE_AUDIT_FIELDS) });
    return created;
  }));
  const inForce = validQuotesByProduct(await new QuoteRepository(db).forPortfolio(userId, input.portfolioId), today);
  return toQuote(row, inForce, today);
}

export async function deleteQuote(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  await db.$transaction(async (tx) => {
    const repo = new QuoteRepository(tx);
    const before = await repo.findEditable(userId, id);
    if (!before || (await repo.deleteEditable(userId, id)) === 0) throw notFound("Quote");
    await appendAudit(tx, { portfolioId: before.portfolioId, userId, action: "delete", entity: "quote", entityId: id, changes: changesOf(before, null, QUOTE_AUDIT_FIELDS) });
  });
  return { id };
}
