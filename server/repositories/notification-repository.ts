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
    return fromRow(await this.db.notificationPreference.findUnique({ where: { userId } }));
  }

  async updatePreferences(userId: string, changes: PreferenceChanges): Promise<StoredPreferences> {
    const row = await this.db.notificationPreference.upsert({ where: { userId }, create: { userId, ...changes }, update: changes });
    return fromRow(row);
  }

  /** Every user who holds a portfolio, with their preferences (defaults where they saved none). */
  async sweepCandidates(): Promise<({ userId: string } & StoredPreferences)[]> {
    const users = await this.db.user.findMany({
      where: { portfolios: { some: {} } },
      select: { id: true, notificationPreference: true },
      orderBy: { id: "asc" },
    });
    return users.map((u) => ({ userId: u.id, ...fromRow(u.notificationPreference) }));
  }

  /**
   * Holds the user's notification lock until the transaction ends: two sweeps of one user (the
   * scheduled one and "Check now", or two instances) decide one after the other, never both.
   */
  async lockUser(userId: string): Promise<void> {
    await this.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`notify:${userId}`}, 0))`;
  }

  async noticesSent(userId: string): Promise<NoticeRecord[]> {
    return this.db.alertNotice.findMany({ where: { userId }, select: { alertKey: true, until: true, stage: true } });
  }

  async recordNotices(userId: string, record: readonly NoticeRecord[], forget: readonly string[], at: Date): Promise<void> {
    if (forget.length > 0) await this.db.alertNotice.deleteMany({ where: { userId, alertKey: { in: [...forget] } } });
    if (record.length === 0) return;
    const keys = record.map((r) => r.alertKey);
    const untils = record.map((r) => r.until);
    const stages = record.map((r) => r.stage);
    await this.db.$executeRaw`
      INSERT INTO "AlertNotice" ("userId", "alertKey", until, stage, "notifiedAt")
      SELECT ${userId}, r.key, r.until, r.stage, ${at}
      FROM unnest(${keys}::text[], ${untils}::text[], ${stages}::int[]) AS r(key, until, stage)
      ON CONFLICT ("userId", "alertKey") DO UPDATE SET until = EXCLUDED.until, stage = EXCLUDED.stage, "notifiedAt" = EXCLUDED."notifiedAt"`;
  }

  async markSwept(userId: string, day: string): Promise<void> {
    await this.db.notificationPreference.upsert({ where: { userId }, create: { userId, lastSweptOn: day }, update: { lastSweptOn: day } });
  }
}
