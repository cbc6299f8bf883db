import type { PrismaClient } from "@/server/db/generated/client";
import type { TSweepOutcome } from "@/lib/schemas/notification";
import { isAcknowledged } from "@/server/domain/alerts";
import { diffNotices } from "@/server/domain/notify/diff-notices";
import { isDigestDue, localClock } from "@/server/domain/notify/local-clock";
import { dispatchNotices, type DispatchDeps } from "@/server/notifications/dispatch-notices";
import { NotificationRepository, type StoredPreferences } from "@/server/repositories/notification-repository";
import { logger } from "@/server/observability/logger";
import { getSettings } from "./settings-service";
import { userAlerts } from "./user-alerts";

export type SweepDeps = DispatchDeps & { now: Date };

/**
 * One user's sweep (DESIGN §12): their alerts now, compared with what was last notified; the new
 * and escalating ones go out by the channels they keep on. The decision and its record are one
 * transaction under the user's lock, so a notice is sent once however many sweeps run.
 */
export async function sweepUser(db: PrismaClient, userId: string, deps: SweepDeps, known?: StoredPreferences): Promise<TSweepOutcome> {
  const prefs = known ?? (await new NotificationRepository(db).preferences(userId));
  const { day } = localClock(deps.now, prefs.timeZone);
  const settings = await getSettings(db, userId);
  const alerts = await userAlerts(db, userId, day, settings.incidentLookbackDays);
  return db.$transaction(async (tx) => {
    const repo = new NotificationRepository(tx);
    await repo.lockUser(userId);
    const diff = diffNotices({ alerts, sent: await repo.noticesSent(userId), today: day, gapThresholdUsd: prefs.gapThresholdUsd });
    await repo.recordNotices(userId, diff.record, diff.forget, deps.now);
    await repo.markSwept(userId, day);
    const open = alerts.filter((a) => !isAcknowledged(a.alert, day)).length;
    const sent = await dispatchNotices(tx, {
      user: { id: userId, name: settings.name, email: settings.email }, prefs, day, notices: diff.notices, otherOpenAlerts: open - diff.notices.length,
    }, deps);
    return { notices: diff.notices.length, ...sent };
  }, { timeout: 30_000 });
}

export type SweepTotals = { users: number; notices: number; emails: number; webhookDeliveries: number; failed: number };

/** The scheduled sweep: every user whose daily digest is due now, one after another; one user's failure does not stop the rest. */
export async function sweepDueUsers(db: PrismaClient, deps: SweepDeps): Promise<SweepTotals> {
  const totals: SweepTotals = { users: 0, notices: 0, emails: 0, webhookDeliveries: 0, failed: 0 };
  const due = (await new NotificationRepository(db).sweepCandidates()).filter((u) => isDigestDue(deps.now, u));
  for (const user of due) {
    try {
      const outcome = await sweepUser(db, user.userId, deps, user);
      totals.users += 1;
      totals.notices += outcome.notices;
      totals.emails += outcome.email ? 1 : 0;
      totals.webhookDeliveries += outcome.webhookDeliveries;
    } catch (e) {
      totals.failed += 1;
      logger.error({ userId: user.userId, err: e instanceof Error ? e.message : String(e) }, "alert sweep failed for a user");
    }
  }
  return totals;
}
