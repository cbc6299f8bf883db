import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, notFound } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { PortfolioRepository } from "@/server/repositories/portfolio-repository";
import type { TPortfolio } from "@/lib/schemas/portfolio";
import { answeringRaces } from "./race-errors";

const duplicateName = () => new AppError("CONFLICT", "You already have a portfolio with this name", "name");

export async function requireOwnedPortfolio(db: PrismaClient, userId: string, id: string): Promise<string> {
  const owned = await new PortfolioRepository(db).findOwnedId(userId, id);
  if (!owned) throw notFound("Portfolio");
  return owned;
}

export async function getPortfolio(db: PrismaClient, userId: string, id: string): Promise<TPortfolio> {
  const row = await new PortfolioRepository(db).getForUser(userId, id);
  if (!row) throw notFound("Portfolio");
  return row;
}

export async function createPortfolio(
  db: PrismaClient, userId: string, input: { name: string; description?: string },
): Promise<TPortfolio> {
  const repo = new PortfolioRepository(db);
  try {
    const created = await answeringRaces({ subject: "Portfolio" }, () => repo.create(userId, input));
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
    const changed = await answeringRaces({ subject: "Portfolio" }, () => new PortfolioRepository(db).update(userId, id, data));
    if (changed === 0) throw notFound("Portfolio");
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
  return getPortfolio(db, userId, id);
}

export async function deletePortfolio(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  const removed = await answeringRaces({ subject: "Portfolio" }, () => new PortfolioRepository(db).delete(userId, id));
  if (removed === 0) throw notFound("Portfolio");
  return { id };
}
