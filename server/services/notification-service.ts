import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/api/errors";
import type { z } from "zod";
import type { TNotificationPreferences, TSweepOutcome, ZUpdateNotificationPreferencesInput } from "@/lib/schemas/notification";
import { jobSenderFor } from "@/server/jobs/enqueue";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { mailConfigFromEnv } from "@/server/notifications/mailer";
import { unsubscribeSecret } from "@/server/notifications/unsubscribe-token";
import { NotificationRepository } from "@/server/repositories/notification-repository";
import { sweepUser } from "./alert-sweep-service";
import { answeringRaces } from "./race-errors";
import { getSettings } from "./settings-service";

export async function getNotificationPreferences(db: PrismaClient, userId: string): Promise<TNotificationPreferences> {
  // In turn, not in parallel: run side by side in one request, Prisma 7.10 once handed the User
  // query the NotificationPreference row (the attack suite caught it as a 500, about one run in two).
  const settings = await getSettings(db, userId);
  const prefs = await new NotificationRepository(db).preferences(userId);
  return { ...prefs, email: settings.email, smtpConfigured: mailConfigFromEnv().smtpUrl !== null };
}

export async function updateNotificationPreferences(
  db: PrismaClient, userId: string, input: z.infer<typeof ZUpdateNotificationPreferencesInput>,
): Promise<TNotificationPreferences> {
  await answeringRaces({ subject: "User" }, () => new NotificationRepository(db).updatePreferences(userId, input));
  return getNotificationPreferences(db, userId);
}

/** The jobs the app queues go to the worker's queue: the schema of DATABASE_URL unless the caller names one (tests). */
export function appJobSchema(jobSchema?: string): string {
  return jobSchema ?? jobSchemaFor(process.env.DATABASE_URL ?? "");
}

/**
 * "Check now": the caller's sweep at once, whatever the digest hour — the same decision as the
 * daily one, so a notice it sends is not sent again by the next sweep.
 */
export async function checkNow(db: PrismaClient, userId: string, jobSchema?: string, now = new Date()): Promise<TSweepOutcome> {
  if (checking.has(userId)) throw new AppError("TOO_MANY_REQUESTS", "A check is already running: wait for it, then try again.", undefined, 5);
  checking.add(userId);
  try {
    return await sweepUser(db, userId, { jobs: jobSenderFor(appJobSchema(jobSchema)), mail: mailConfigFromEnv(), unsubscribeSecret: unsubscribeSecret(), now });
  } finally {
    checking.delete(userId);
  }
}

/** Users whose check runs now: it sizes every portfolio they hold, so one at a time each. */
const checking = new Set<string>();
