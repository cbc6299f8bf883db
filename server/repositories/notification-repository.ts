import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import { DIGEST_HOUR_DEFAULT, GAP_THRESHOLD_DEFAULT_USD } from "@/lib/schemas/notification-values";
import type { NoticeRecord } from "@/server/domain/notify/types";
import { money } from "./mappers";

type Db = PrismaClient | Prisma.TransactionClient;

export type StoredPreferences = {
  emailEnabled: boolean;
  webhooksEnabled: boolean;
  digestHour: number;
  timeZone: string;
  gapThresholdUsd: string;
  lastSweptOn: string | null;
  calendarActive: boolean;
};

export const DEFAULT_PREFERENCES: StoredPreferences = {
  emailEnabled: true, webhooksEnabled: true, digestHour: DIGEST_HOUR_DEFAULT, timeZone: "UTC",
  gapThresholdUsd: GAP_THRESHOLD_DEFAULT_USD, lastSweptOn: null, calendarActive: false,
};

type PreferenceRow = Prisma.NotificationPreferenceGetPayload<object>;

function fromRow(row: PreferenceRow | null): StoredPreferences {
  if (!row) return DEFAULT_PREFERENCES;
  return {
    emailEnabled: row.emailEnabled, webhooksEnabled: row.webhooksEnabled, digestHour: row.digestHour, timeZone: row.timeZone,
    gapThresholdUsd: money(row.gapThresholdUsd), lastSweptOn: row.lastSweptOn, calendarActive: row.calendarTokenHash !== null,
  };
}

export type PreferenceChanges = Partial<Pick<StoredPreferences, "emailEnabled" | "webhooksEnabled" | "digestHour" | "timeZone" | "gapThresholdUsd">>;

export class NotificationRepository {
  constructor(private readonly db: Db) {}

  async preferences(userId: string): Promise<StoredPreferences> {
    return fromRow(await this.db.notificationPreference.findFirst({ where: { userId } }));
  }

  async updatePreferences(userId: string, changes: PreferenceChanges): Promise<StoredPreferences> {
    const row = await this.db.notificationPreference.upsert({ where: { userId }, create: { userId, ...changes }, update: changes });
    return fromRow(row);
  }

  /** Every user who is a member of a portfolio, with their preferences (defaults where they saved none). */
  async sweepCandidates(): Promise<({ userId: string } & StoredPreferences)[]> {
    const users = await this.db.user.findMany({
      where: { memberships: { some: {} } },
      select: { id: true, notificationPreference: true },
      orderBy: { id: "asc" },
    });
    return users.map((u) => ({ userId: u.id, ...fromRow(u.notificationPreference) }));
  }

  /**
   * Holds the users' notification locks until the transaction ends: two sweeps of one user (the
   * scheduled one and "Check now", or two instances) decide one after the other, never both.
   * Taken in one order, so two batches that share users cannot deadlock.
   */
  async lockUsers(userIds: readonly string[]): Promise<void> {
    const keys = [...userIds].sort().map((id) => `notify:${id}`);
    await this.db.$queryRaw`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0)))::int AS n FROM unnest(${keys}::text[]) AS t(k)`;
  }

  async noticesSent(userIds: readonly string[]): Promise<Map<string, NoticeRecord[]>> {
    const rows = await this.db.alertNotice.findMany({ where: { userId: { in: [...userIds] } }, select: { userId: true, alertKey: true, until: true, stage: true } });
    const byUser = new Map<string, NoticeRecord[]>(userIds.map((id) => [id, []]));
    for (const { userId, ...record } of rows) byUser.get(userId)?.push(record);
    return byUser;
  }

  /** Stores what was notified (replacing earlier records of the same alerts) and forgets closed alerts, for many users in two statements. */
  async recordNotices(entries: readonly { userId: string; record: readonly NoticeRecord[]; forget: readonly string[] }[], at: Date): Promise<void> {
    const forget = entries.flatMap((e) => e.forget.map((key) => ({ userId: e.userId, key })));
    if (forget.length > 0) {
      await this.db.$executeRaw`
        DELETE FROM "AlertNotice" n USING unnest(${forget.map((f) => f.userId)}::text[], ${forget.map((f) => f.key)}::text[]) AS f(user_id, alert_key)
        WHERE n."userId" = f.user_id AND n."alertKey" = f.alert_key`;
    }
    const rows = entries.flatMap((e) => e.record.map((r) => ({ userId: e.userId, ...r })));
    if (rows.length === 0) return;
    await this.db.$executeRaw`
      INSERT INTO "AlertNotice" ("userId", "alertKey", until, stage, "notifiedAt")
      SELECT r.user_id, r.key, r.until, r.stage, ${at}
      FROM unnest(${rows.map((r) => r.userId)}::text[], ${rows.map((r) => r.alertKey)}::text[], ${rows.map((r) => r.until)}::text[], ${rows.map((r) => r.stage)}::int[]) AS r(user_id, key, until, stage)
      ON CONFLICT ("userId", "alertKey") DO UPDATE SET until = EXCLUDED.until, stage = EXCLUDED.stage, "notifiedAt" = EXCLUDED."notifiedAt"`;
  }

  /** The local day each user was swept on: the scheduled sweep skips them until their next day. */
  async markSwept(days: ReadonlyMap<string, string>): Promise<void> {
    if (days.size === 0) return;
    await this.db.$executeRaw`
      INSERT INTO "NotificationPreference" ("userId", "lastSweptOn", "updatedAt")
      SELECT d.user_id, d.day, now() FROM unnest(${[...days.keys()]}::text[], ${[...days.values()]}::text[]) AS d(user_id, day)
      ON CONFLICT ("userId") DO UPDATE SET "lastSweptOn" = EXCLUDED."lastSweptOn", "updatedAt" = now()`;
  }
}
