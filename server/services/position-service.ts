import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { PositionRepository } from "@/server/repositories/position-repository";
import type { TPosition, TPositionFields } from "@/lib/schemas/position";
import { requireOwnedPortfolio } from "./portfolio-service";
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

export async function requireOwnedPosition(db: PrismaClient, userId: string, id: string): Promise<TPosition> {
  const [row, names] = await Promise.all([new PositionRepository(db).findOwned(userId, id), venueNameMap(db)]);
  if (!row) throw notFound("Position");
  return withVenueName(names, row);
}

export async function listPositions(db: PrismaClient, userId: string, portfolioId: string): Promise<TPosition[]> {
  await requireOwnedPortfolio(db, userId, portfolioId);
  const [rows, names] = await Promise.all([new PositionRepository(db).listForPortfolio(portfolioId), venueNameMap(db)]);
  return rows.map((r) => withVenueName(names, r));
}

export async function createPosition(
  db: PrismaClient, userId: string, input: TPositionFields & { portfolioId: string },
): Promise<TPosition> {
  const { portfolioId, ...fields } = input;
  await requireOwnedPortfolio(db, userId, portfolioId);
  const row = await writing(() => new PositionRepository(db).create(portfolioId, fields));
  return withVenueName(await venueNameMap(db), row);
}

export async function updatePosition(
  db: PrismaClient, userId: string, input: Partial<TPositionFields> & { id: string },
): Promise<TPosition> {
  const { id, ...fields } = input;
  await requireOwnedPosition(db, userId, id);
  const row = await writing(() => new PositionRepository(db).update(id, fields));
  return withVenueName(await venueNameMap(db), row);
}

/** One statement, so parallel deletes of one id answer it once and NOT_FOUND after. */
export async function deletePosition(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  const removed = await answeringRaces({ subject: "Position" }, () => new PositionRepository(db).deleteOwned(userId, id));
  if (removed === 0) throw notFound("Position");
  return { id };
}
