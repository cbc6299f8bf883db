import type { PrismaClient } from "@/server/db/generated/client";
import type { TSweepOutcome } from "@/lib/schemas/notification";
import { isAcknowledged } from "@/server/domain/alerts";
import { diffNotices } from "@/server/domain/notify/diff-notices";
import { isDigestDue, localClock } from "@/server/domain/notify/local-clock";
import { dispatchNotices, type DispatchDeps } from "@/server/notifications/dispatch-notices";
import { NotificationRepository, type StoredPreferences } from "@/server/repositories/notification-repository";
import { logger } from "@/server/observability/logger";
import { alertsOfUsers } from "./user-alerts";

export type SweepDeps = DispatchDeps & { now: Date };

type SweptUser = { userId: string } & StoredPreferences;

/**
 * A batch of users' sweep (DESIGN §12): their alerts now, compared with what was last notified;
 * the new and escalating ones go out by the channels each keeps on. The decisions and their
 * record are one transaction under the users' locks, so a notice is sent once however many
 * sweeps run at the same time.
 */
export async function sweepUsers(db: PrismaClient, users: readonly SweptUser[], deps: SweepDeps): Promise<Map<string, TSweepOutcome>> {
  const dayOf = new Map(users.map((u) => [u.userId, localClock(deps.now, u.timeZone).day]));
  const alerts = await alertsOfUsers(db, dayOf);
  return db.$transaction(async (tx) => {
    const repo = new NotificationRepository(tx);
    const ids = users.map((u) => u.userId);
    await repo.lockUsers(ids);
    const sent = await repo.noticesSent(ids);
    const decided = users.flatMap((prefs) => {
      const found = alerts.get(prefs.userId);
      const day = dayOf.get(prefs.userId);
      if (!found || !day) return []; // the account was deleted meanwhile
      const diff = diffNotices({ alerts: found.alerts, sent: sent.get(prefs.userId) ?? [], today: day, gapThresholdUsd: prefs.gapThresholdUsd });
      const open = found.alerts.filter((a) => !isAcknowledged(a.alert, day)).length;
      return [{ prefs, day, user: found.user, diff, otherOpenAlerts: open - diff.notices.length }];
    });
    await repo.recordNotices(decided.map((d) => ({ userId: d.prefs.userId, record: d.diff.record, forget: d.diff.forget })), deps.now);
    await repo.markSwept(new Map(decided.map((d) => [d.prefs.userId, d.day])));
    const outcomes = new Map<string, TSweepOutcome>();
    for (const d of decided) {
      const sentBy = await dispatchNotices(tx, { user: d.user, prefs: d.prefs, day: d.day, notices: d.diff.notices, otherOpenAlerts: d.otherOpenAlerts }, deps);
      outcomes.set(d.prefs.userId, { notices: d.diff.notices.length, ...sentBy });
    }
    return outcomes;
  }, { timeout: 60_000 });
}

/** One user's sweep, now: "Check now", and the fallback when a batch fails. */
export async function sweepUser(db: PrismaClient, userId: string, deps: SweepDeps, known?: StoredPreferences): Promise<TSweepOutcome> {
  const prefs = known ?? (await new NotificationRepository(db).preferences(userId));
  const outcome = (await sweepUsers(db, [{ userId, ...prefs }], deps)).get(userId);
  return outcome ?? { notices: 0, email: null, webhookDeliveries: 0 };
}

export type SweepTotals = { users: number; notices: number; emails: number; webhookDeliveries: number; failed: number };

/** Users per batch: a few queries size a hundred portfolios; the transaction stays short. */
const BATCH = 100;

/** The scheduled sweep: every user whose daily digest is due now, in batches; a batch that fails is retried user by user, so one user's failure stops no one else. */
export async function sweepDueUsers(db: PrismaClient, deps: SweepDeps): Promise<SweepTotals> {
  const totals: SweepTotals = { users: 0, notices: 0, emails: 0, webhookDeliveries: 0, failed: 0 };
  const due = (await new NotificationRepository(db).sweepCandidates()).filter((u) => isDigestDue(deps.now, u));
  const add = (outcome: TSweepOutcome) => {
    totals.users += 1;
    totals.notices += outcome.notices;
    totals.emails += outcome.email ? 1 : 0;
    totals.webhookDeliveries += outcome.webhookDeliveries;
  };
  for (let i = 0; i < due.length; i += BATCH) {
    const batch = due.slice(i, i + BATCH);
    try {
      for (const outcome of (await sweepUsers(db, batch, deps)).values()) add(outcome);
    } catch (batchError) {
      logger.warn({ users: batch.length, err: batchError instanceof Error ? batchError.message : String(batchError) }, "alert sweep batch failed: sweeping its users one by one");
      for (const user of batch) {
        try {
          add(await sweepUser(db, user.userId, deps, user));
        } catch (e) {
          totals.failed += 1;
          logger.error({ userId: user.userId, err: e instanceof Error ? e.message : String(e) }, "alert sweep failed for a user");
        }
      }
    }
  }
  return totals;
}
