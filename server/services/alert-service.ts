import type { PrismaClient } from "@/server/db/generated/client";
import { badInput, notFound } from "@/server/api/errors";
import { AlertAckRepository } from "@/server/repositories/alert-ack-repository";
import { appendAudit } from "@/server/repositories/audit-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { parseAlertKey, type TAlertAck, type TAlertCode, type TAlertList, type TAlertTarget } from "@/lib/schemas/alert";
import { groupAlerts, isAcknowledged, withAcks, type Alert } from "@/server/domain/alerts";
import { sizedOverviewBase } from "./overview-service";
import { requireEditablePortfolio } from "./position-service";
import { answeringRaces } from "./race-errors";

/** Membership first, so a key of someone else's portfolio is NOT_FOUND whatever else is wrong with the call. */
async function requireEditableAlert(repo: AlertAckRepository, userId: string, key: string): Promise<TAlertTarget> {
  const target = parseAlertKey(key);
  if (!target || !(await repo.targetIsEditable(userId, target))) throw notFound("Alert");
  return target;
}

/** An acknowledgement hides the alert for every member of the portfolio: the team decided. */
export async function acknowledgeAlert(
  db: PrismaClient, userId: string, input: { key: string; until: string }, today = todayUtc(),
): Promise<TAlertAck> {
  const target = await requireEditableAlert(new AlertAckRepository(db), userId, input.key);
  if (input.until < today) throw badInput("until", "Pick today or a later date");
  // The alert is about its portfolio and position: either deleted meanwhile means the alert is gone.
  const gone = () => notFound("Alert");
  return answeringRaces(
    { subject: "Alert", links: { AlertAck_portfolioId_fkey: gone, AlertAck_positionId_fkey: gone } },
    () => db.$transaction(async (tx) => {
      const repo = new AlertAckRepository(tx);
      const before = await repo.current(target.portfolioId, input.key);
      const ack = await repo.upsert(userId, target, input.key, input.until);
      await appendAudit(tx, { portfolioId: target.portfolioId, userId, action: "acknowledge", entity: "alert", entityId: input.key, changes: { until: [before, ack.until] } });
      return ack;
    }),
  );
}

export async function unacknowledgeAlert(db: PrismaClient, userId: string, key: string): Promise<{ key: string }> {
  const target = await requireEditableAlert(new AlertAckRepository(db), userId, key);
  await answeringRaces({ subject: "Alert" }, () => db.$transaction(async (tx) => {
    const repo = new AlertAckRepository(tx);
    const before = await repo.current(target.portfolioId, key);
    if (before === null) return;
    await repo.remove(target.portfolioId, key);
    await appendAudit(tx, { portfolioId: target.portfolioId, userId, action: "unacknowledge", entity: "alert", entityId: key, changes: { until: [before, null] } });
  }));
  return { key };
}

/** The portfolio's alerts on a day, each with the caller's acknowledgement in force today. NOT_FOUND for another user's portfolio. */
async function portfolioAlerts(
  db: PrismaClient, userId: string, input: { portfolioId: string; asOf?: string }, today: string,
): Promise<{ asOf: string; alerts: Alert[] }> {
  const [base, acks] = await Promise.all([
    sizedOverviewBase(db, userId, input.portfolioId, input.asOf ?? today),
    new AlertAckRepository(db).activeForPortfolio(input.portfolioId, today),
  ]);
  return { asOf: base.overview.asOf, alerts: withAcks(base.alerts, acks) };
}

export async function listAlerts(
  db: PrismaClient, userId: string,
  input: { portfolioId: string; asOf?: string; includeAcknowledged?: boolean; code?: TAlertCode; perGroup?: number }, today = todayUtc(),
): Promise<TAlertList> {
  const { asOf, alerts } = await portfolioAlerts(db, userId, input, today);
  const chosen = input.code ? alerts.filter((a) => a.code === input.code) : alerts;
  return { asOf, ...groupAlerts(chosen, { today, asOf, includeAcknowledged: input.includeAcknowledged, perGroup: input.perGroup }) };
}

/** Hides every open alert of one code until a day: the whole group, however many the dashboard shows. */
export async function acknowledgeGroup(
  db: PrismaClient, userId: string, input: { portfolioId: string; code: TAlertCode; until: string; asOf?: string }, today = todayUtc(),
): Promise<{ count: number; until: string }> {
  // Membership first (inside portfolioAlerts): someone else's portfolio is NOT_FOUND whatever the date.
  const { alerts } = await portfolioAlerts(db, userId, input, today);
  if (input.until < today) throw badInput("until", "Pick today or a later date");
  const open = alerts.filter((a) => a.code === input.code && !isAcknowledged(a, today));
  const targets = open.flatMap((a) => {
    const target = parseAlertKey(a.key);
    return target ? [{ key: a.key, target }] : [];
  });
  const gone = () => notFound("Alert");
  await answeringRaces(
    { subject: "Alert", links: { AlertAck_portfolioId_fkey: gone, AlertAck_positionId_fkey: gone } },
    () => db.$transaction(async (tx) => {
      await requireEditablePortfolio(tx, userId, input.portfolioId);
      await new AlertAckRepository(tx).upsertMany(userId, targets, input.until);
      if (targets.length === 0) return;
      await appendAudit(tx, {
        portfolioId: input.portfolioId, userId, action: "acknowledge", entity: "alert", entityId: `${input.portfolioId}:group:${input.code}`,
        changes: { until: [null, input.until], alerts: [null, targets.map((t) => t.key)] },
      });
    }),
  );
  return { count: targets.length, until: input.until };
}
