import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { changesOf } from "@/server/domain/audit/changes";
import { appendAudit } from "@/server/repositories/audit-repository";
import { PortfolioRepository } from "@/server/repositories/portfolio-repository";
import type { TPortfolio } from "@/lib/schemas/portfolio";
import { answeringRaces } from "./race-errors";

const duplicateName = () => new AppError("CONFLICT", "You already have a portfolio with this name", "name");

/** The portfolio's id when the user is a member (any role), else NOT_FOUND: it does not exist for them. */
export async function requirePortfolioMember(db: PrismaClient, userId: string, id: string): Promise<string> {
  const found = await new PortfolioRepository(db).findMemberId(userId, id);
  if (!found) throw notFound("Portfolio");
  return found;
}

export async function getPortfolio(db: PrismaClient, userId: string, id: string): Promise<TPortfolio> {
  const row = await new PortfolioRepository(db).getForUser(userId, id);
  if (!row) throw notFound("Portfolio");
  return row;
}

export async function createPortfolio(
  db: PrismaClient, userId: string, input: { name: string; description?: string },
): Promise<TPortfolio> {
  try {
    const created = await answeringRaces({ subject: "Portfolio" }, () => db.$transaction(async (tx) => {
      const row = await new PortfolioRepository(tx).create(userId, input);
      await appendAudit(tx, { portfolioId: row.id, userId, action: "create", entity: "portfolio", entityId: row.id, changes: changesOf(null, row, ["name", "description"]) });
      return row;
    }));
    return getPortfolio(db, userId, created.id);
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
}

export async function updatePortfolio(
  db: PrismaClient, userId: string, input: { id: string; name?: string; description?: string | null },
): Promise<TPortfolio> {
  const { id, ...data } = input;
  try {
    await answeringRaces({ subject: "Portfolio" }, () => db.$transaction(async (tx) => {
      const repo = new PortfolioRepository(tx);
      const before = await repo.findOwned(userId, id);
      if (!before || (await repo.update(userId, id, data)) === 0) throw notFound("Portfolio");
      const changes = changesOf(before, { ...before, ...data }, ["name", "description"]);
      if (Object.keys(changes).length > 0) {
        await appendAudit(tx, { portfolioId: id, userId, action: "name" in changes ? "rename" : "update", entity: "portfolio", entityId: id, changes });
      }
    }));
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
  return getPortfolio(db, userId, id);
}

/** Deletes it with everything in it (its audit log too: no one is left to read it). */
export async function deletePortfolio(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  const removed = await answeringRaces({ subject: "Portfolio" }, () => new PortfolioRepository(db).delete(userId, id));
  if (removed === 0) throw notFound("Portfolio");
  return { id };
}
