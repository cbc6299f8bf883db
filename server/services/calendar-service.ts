import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/server/db/generated/client";
import { todayUtc } from "@/lib/format/calendar";
import { coverEvents, coverName, isInFeed } from "@/server/domain/calendar/cover-events";
import { renderIcs } from "@/server/domain/calendar/render-ics";
import { appBaseUrl } from "@/server/notifications/app-url";
import { CalendarRepository } from "@/server/repositories/calendar-repository";

const TOKEN_BYTES = 32;
/** base64url of 32 bytes, unpadded: 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * What the settings page shows. Only the token's hash is stored, so the address can be shown only
 * when it is made: `url` is set (and `created` true) when this call made the token; when one
 * already existed `url` is null and the page says the address was shown once and offers rotate.
 */
export type CalendarFeedState = { url: string | null; active: boolean; created: boolean };

export function newCalendarToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function isCalendarTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

export function calendarFeedUrl(token: string): string {
  return `${appBaseUrl()}/api/calendar/${token}.ics`;
}

/**
 * Makes the user's feed token unless one exists (see CalendarFeedState). One statement, so two
 * concurrent calls cannot both make one (the second would silently kill the first's address).
 * The user may have no NotificationPreference row yet: it is made with the defaults.
 */
export async function ensureCalendarToken(db: PrismaClient, userId: string): Promise<CalendarFeedState> {
  const token = newCalendarToken();
  const made = await db.$queryRaw<{ userId: string }[]>`
    INSERT INTO "NotificationPreference" ("userId", "calendarTokenHash", "updatedAt")
    VALUES (${userId}, ${hashCalendarToken(token)}, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("userId") DO UPDATE SET "calendarTokenHash" = EXCLUDED."calendarTokenHash", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "NotificationPreference"."calendarTokenHash" IS NULL
    RETURNING "userId"`;
  return made.length === 1 ? { url: calendarFeedUrl(token), active: true, created: true } : { url: null, active: true, created: false };
}

/** Replaces the token: the old address stops working at once. */
export async function rotateCalendarToken(db: PrismaClient, userId: string): Promise<CalendarFeedState> {
  const token = newCalendarToken();
  await db.$executeRaw`
    INSERT INTO "NotificationPreference" ("userId", "calendarTokenHash", "updatedAt")
    VALUES (${userId}, ${hashCalendarToken(token)}, now() AT TIME ZONE 'UTC')
    ON CONFLICT ("userId") DO UPDATE SET "calendarTokenHash" = EXCLUDED."calendarTokenHash", "updatedAt" = EXCLUDED."updatedAt"`;
  return { url: calendarFeedUrl(token), active: true, created: true };
}

export async function disableCalendar(db: PrismaClient, userId: string): Promise<CalendarFeedState> {
  await db.notificationPreference.updateMany({ where: { userId }, data: { calendarTokenHash: null } });
  return { url: null, active: false, created: false };
}

/**
 * The feed's ICS text, or null for a token that is not a live one. Every token, malformed or
 * not, is hashed and looked up by the unique index on the hash, so the answer's timing says
 * nothing about how close a guess came: no comparison of secrets happens in JS.
 */
export async function calendarForToken(db: PrismaClient, token: string, now: Date = new Date()): Promise<string | null> {
  const owner = await db.notificationPreference.findFirst({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { userId: true },
  });
  if (!owner || !isCalendarTokenShape(token)) return null;
  const today = todayUtc(now);
  const covers = (await new CalendarRepository(db).feedCovers(owner.userId, today)).filter((c) => isInFeed(c, today));
  return renderIcs(coverEvents(covers, { today, baseUrl: appBaseUrl() }), { now });
}

function fileSlug(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
}

/** One cover's events as a file to import, for its owner only (null otherwise, drafts included). */
export async function coverIcs(db: PrismaClient, userId: string, coverId: string, now: Date = new Date()): Promise<{ filename: string; ics: string } | null> {
  if (coverId.length === 0 || coverId.length > 200 || coverId.includes("\u0000")) return null;
  const cover = await new CalendarRepository(db).ownedCover(userId, coverId);
  if (!cover) return null;
  const today = todayUtc(now);
  const ics = renderIcs(coverEvents([cover], { today, baseUrl: appBaseUrl() }), { now, name: coverName(cover) });
  return { filename: `coverdesk-${fileSlug(coverName(cover)) || "cover"}-${cover.expiresAt}.ics`, ics };
}
