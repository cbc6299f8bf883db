import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { z } from "zod";
import { badInput, notFound, vanished } from "@/server/api/errors";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { COVER_AUDIT_FIELDS, CoverRepository } from "@/server/repositories/cover-repository";
import { PositionRepository } from "@/server/repositories/position-repository";
import { dayToDate } from "@/server/repositories/mappers";
import type { TCover, ZCoverFields } from "@/lib/schemas/cover";
import { requirePortfolioMember } from "./portfolio-service";
import { requireEditablePortfolio } from "./position-service";
import { answeringRaces } from "./race-errors";

type CoverFields = z.infer<typeof ZCoverFields>;
type Db = PrismaClient | Prisma.TransactionClient;

export async function requireVisibleCover(db: PrismaClient, userId: string, id: string): Promise<TCover> {
  const row = await new CoverRepository(db).findFor(userId, id);
  if (!row) throw notFound("Cover");
  return row;
}

export async function listCovers(db: PrismaClient, userId: string, portfolioId: string): Promise<TCover[]> {
  await requirePortfolioMember(db, userId, portfolioId);
  return new CoverRepository(db).listForPortfolio(portfolioId);
}

async function checkProduct(db: Db, productId: string | null | undefined, coverageType: string): Promise<void> {
  if (!productId) return;
  const product = await db.coverProduct.findFirst({ where: { id: productId }, select: { coverageType: true } });
  if (!product) throw badInput("productId", "This product is not in the catalog");
  if (product.coverageType !== coverageType) {
    throw badInput("coverageType", `This product covers ${product.coverageType.replaceAll("_", " ")}, not ${coverageType.replaceAll("_", " ")}`);
  }
}

/**
 * A linked position of another of the user's portfolios is a bad input. An id that is no position
 * of the user's at all was deleted meanwhile (or never was): CONFLICT, as when the delete lands
 * during the write itself.
 */
async function checkPositions(db: Db, userId: string, portfolioId: string, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const repo = new PositionRepository(db);
  if ((await repo.countInPortfolio(portfolioId, unique)) === unique.length) return unique;
  if ((await repo.countEditable(userId, unique)) < unique.length) throw vanished("A linked position", "positionIds");
  throw badInput("positionIds", "Every linked position must belong to this portfolio");
}

function toColumns(c: Partial<CoverFields>) {
  return {
    ...(c.productId !== undefined && { productId: c.productId }),
    ...(c.providerSlug !== undefined && { providerSlug: c.providerSlug }),
    ...(c.productName !== undefined && { productName: c.productName }),
    ...(c.coverageType !== undefined && { coverageType: c.coverageType }),
    ...(c.amountUsd !== undefined && { amountUsd: c.amountUsd }),
    ...(c.premiumUsd !== undefined && { premiumUsd: c.premiumUsd }),
    ...(c.deductible !== undefined && { deductibleKind: c.deductible?.kind ?? null, deductibleValue: c.deductible?.value ?? null }),
    ...(c.venues !== undefined && { venues: c.venues }),
    ...(c.chains !== undefined && { chains: c.chains }),
    ...(c.claimWindowDays !== undefined && { claimWindowDays: c.claimWindowDays }),
    ...(c.startsAt !== undefined && { startsAt: dayToDate(c.startsAt) }),
    ...(c.expiresAt !== undefined && { expiresAt: dayToDate(c.expiresAt) }),
    ...(c.status !== undefined && { status: c.status }),
  };
}

export async function createCover(
  db: PrismaClient, userId: string, input: CoverFields & { portfolioId: string },
): Promise<TCover> {
  const { portfolioId, positionIds, ...fields } = input;
  return answeringRaces({ subject: "Cover" }, () => db.$transaction(async (tx) => {
    await requireEditablePortfolio(tx, userId, portfolioId);
    await checkProduct(tx, fields.productId, fields.coverageType);
    const links = await checkPositions(tx, userId, portfolioId, positionIds);
    const created = await new CoverRepository(tx).create({
      ...toColumns(fields),
      portfolioId,
      coverageType: fields.coverageType,
      amountUsd: fields.amountUsd,
      startsAt: dayToDate(fields.startsAt),
      expiresAt: dayToDate(fields.expiresAt),
      positions: { create: links.map((positionId) => ({ positionId })) },
    });
    await appendAudit(tx, { portfolioId, userId, action: "create", entity: "cover", entityId: created.id, changes: changesOf(null, created, COVER_AUDIT_FIELDS) });
    return created;
  }));
}

export async function updateCover(
  db: PrismaClient, userId: string, input: Partial<CoverFields> & { id: string },
): Promise<TCover> {
  const { id, positionIds, ...fields } = input;
  return answeringRaces({ subject: "Cover" }, () => db.$transaction(async (tx) => {
    const repo = new CoverRepository(tx);
    const current = await repo.findFor(userId, id, true);
    if (!current) throw notFound("Cover");
    const startsAt = fields.startsAt ?? current.startsAt;
    const expiresAt = fields.expiresAt ?? current.expiresAt;
    if (expiresAt <= startsAt) throw badInput("expiresAt", "Expiry must be after the start date");
    const productId = fields.productId === undefined ? current.productId : fields.productId;
    const productName = fields.productName === undefined ? (current.productId ? null : current.productName) : fields.productName;
    if (!productId && !productName) throw badInput("productName", "Pick a product from the catalog or name the cover you bought");
    await checkProduct(tx, productId, fields.coverageType ?? current.coverageType);
    const links = positionIds ? await checkPositions(tx, userId, current.portfolioId, positionIds) : undefined;
    const updated = await repo.update(id, {
      ...toColumns(fields),
      // New links touch the cover even when nothing else changed: the overview's fingerprint reads the covers' updatedAt.
      ...(links && { updatedAt: new Date(), positions: { deleteMany: {}, create: links.map((positionId) => ({ positionId })) } }),
    });
    const changes = changesOf(current, updated, COVER_AUDIT_FIELDS);
    if (Object.keys(changes).length > 0) await appendAudit(tx, { portfolioId: current.portfolioId, userId, action: "update", entity: "cover", entityId: id, changes });
    return updated;
  }));
}

export async function deleteCover(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  await answeringRaces({ subject: "Cover" }, () => db.$transaction(async (tx) => {
    const repo = new CoverRepository(tx);
    const before = await repo.findFor(userId, id, true);
    if (!before || (await repo.deleteEditable(userId, id)) === 0) throw notFound("Cover");
    await appendAudit(tx, { portfolioId: before.portfolioId, userId, action: "delete", entity: "cover", entityId: id, changes: changesOf(before, null, COVER_AUDIT_FIELDS) });
  }));
  return { id };
}
