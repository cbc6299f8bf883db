import type { PrismaClient } from "@/server/db/generated/client";
import { badInput, notFound } from "@/server/api/errors";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { parseAlertKey, type TAlertAck, type TAlertTarget } from "@/lib/schemas/alert";
import { requireOwnedPortfolio } from "./portfolio-service";
import { answeringRaces } from "./race-errors";

/** Ownership first, so another user's key is NOT_FOUND whatever else is wrong with the call. */
async function requireOwnedAlert(repo: AlertAckRepository, userId: string, key: string): Promise<TAlertTarget> {
  const target = parseAlertKey(key);
  if (!target || !(await repo.targetIsOwned(userId, target))) throw notFound("Alert");
  return target;
}

export async function acknowledgeAlert(
  db: PrismaClient, userId: string, input: { key: string; until: string }, today = todayUtc(),
): Promise<TAlertAck> {
  const repo = new AlertAckRepository(db);
  const target = await requireOwnedAlert(repo, userId, input.key);
  if (input.until < today) throw badInput("until", "Pick today or a later date");
  // The alert is about its portfolio and position: either deleted meanwhile means the alert is gone.
  const gone = () => notFound("Alert");
  return answeringRaces(
    { subject: "Alert", links: { AlertAck_portfolioId_fkey: gone, AlertAck_positionId_fkey: gone } },
    () => repo.upsert(userId, target, input.key, input.until),
  );
}

export async function unacknowledgeAlert(db: PrismaClient, userId: string, key: string): Promise<{ key: string }> {
  const repo = new AlertAckRepository(db);
  await requireOwnedAlert(repo, userId, key);
  await answeringRaces({ subject: "Alert" }, () => repo.remove(userId, key));
  return { key };
}

export async function listAlertAcks(db: PrismaClient, userId: string, portfolioId: string, today = todayUtc()): Promise<TAlertAck[]> {
  await requireOwnedPortfolio(db, userId, portfolioId);
  return new AlertAckRepository(db).activeForPortfolio(userId, portfolioId, today);
}
