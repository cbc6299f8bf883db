import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { editorOf } from "@/server/repositories/membership";
import { POSITION_AUDIT_FIELDS, PositionRepository } from "@/server/repositories/position-repository";
import type { TPosition, TPositionFields } from "@/lib/schemas/position";
import { requirePortfolioMember } from "./portfolio-service";
import { answeringRaces } from "./race-errors";
import { venueNameMap, withVenueName } from "./venue-names";

const duplicateLabel = () => new AppError("CONFLICT", "This portfolio already has a position with this label", "label");

/** A duplicate label is CONFLICT on label; a position or portfolio deleted meanwhile is NOT_FOUND. */
async function writing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await answeringRaces({ subject: "Position" }, work);
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateLabel();
    throw e;
  }
}

/** NOT_FOUND unless the user may change the portfolio's rows (the router has already told a viewer FORBIDDEN). */
export async function requireEditablePortfolio(tx: PrismaClient | Prisma.TransactionClient, userId: string, portfolioId: string): Promise<void> {
  if ((await tx.portfolio.count({ where: { id: portfolioId, ...editorOf(userId) } })) === 0) throw notFound("Portfolio");
}

export async function requireVisiblePosition(db: PrismaClient, userId: string, id: string): Promise<TPosition> {
  const [row, names] = await Promise.all([new PositionRepository(db).findVisible(userId, id), venueNameMap(db)]);
  if (!row) throw notFound("Position");
  return withVenueName(names, row);
}

export async function listPositions(db: PrismaClient, userId: string, portfolioId: string): Promise<TPosition[]> {
  await requirePortfolioMember(db, userId, portfolioId);
  const [rows, names] = await Promise.all([new PositionRepository(db).listForPortfolio(portfolioId), venueNameMap(db)]);
  return rows.map((r) => withVenueName(names, r));
}

export async function createPosition(
  db: PrismaClient, userId: string, input: TPositionFields & { portfolioId: string },
): Promise<TPosition> {
  const { portfolioId, ...fields } = input;
  const row = await writing(() => db.$transaction(async (tx) => {
    await requireEditablePortfolio(tx, userId, portfolioId);
    const created = await new PositionRepository(tx).create(portfolioId, fields);
    await appendAudit(tx, { portfolioId, userId, action: "create", entity: "position", entityId: created.id, changes: changesOf(null, created, POSITION_AUDIT_FIELDS) });
    return created;
  }));
  return withVenueName(await venueNameMap(db), row);
}

export async function updatePosition(
  db: PrismaClient, userId: string, input: Partial<TPositionFields> & { id: string },
): Promise<TPosition> {
  const { id, ...fields } = input;
  const row = await writing(() => db.$transaction(async (tx) => {
    const repo = new PositionRepository(tx);
    const before = await repo.findEditable(userId, id);
    if (!before) throw notFound("Position");
    const after = await repo.update(id, fields);
    const changes = changesOf(before, after, POSITION_AUDIT_FIELDS);
    if (Object.keys(changes).length > 0) await appendAudit(tx, { portfolioId: after.portfolioId, userId, action: "update", entity: "position", entityId: id, changes });
    return after;
  }));
  return withVenueName(await venueNameMap(db), row);
}

/** Parallel deletes of one id answer it once and NOT_FOUND after: the delete's own count decides. */
export async function deletePosition(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  await answeringRaces({ subject: "Position" }, () => db.$transaction(async (tx) => {
    const repo = new PositionRepository(tx);
    const before = await repo.findEditable(userId, id);
    if (!before || (await repo.deleteEditable(userId, id)) === 0) throw notFound("Position");
    await appendAudit(tx, { portfolioId: before.portfolioId, userId, action: "delete", entity: "position", entityId: id, changes: changesOf(before, null, POSITION_AUDIT_FIELDS) });
  }));
  return { id };
}
