import type { PrismaClient } from "@/server/db/generated/client";
import { notFound } from "@/server/api/errors";
import { isForeignKeyViolation, isUniqueViolation } from "@/server/db/prisma-errors";
import { renderTestEmail } from "@/server/domain/notify/render-digest";
import { mailConfigFromEnv, queueEmail, sendEmailMessage, type EmailKind, type EmailStatus, type MailConfig } from "@/server/notifications/mailer";
import { unsubscribeSecret, unsubscribeUrl, verifyUnsubscribeToken } from "@/server/notifications/unsubscribe-token";

export type EmailMessageView = {
  id: string;
  kind: EmailKind;
  to: string;
  subject: string;
  text: string;
  html: string;
  status: EmailStatus;
  attempts: number;
  lastError: string | null;
  /** ISO timestamps. */
  createdAt: string;
  sentAt: string | null;
};

export type OutboxPage = { items: EmailMessageView[]; nextCursor: string | null };

/**
 * Renders the test e-mail to the user's own address and queues it; with SMTP configured it is
 * sent right away, and a failure is reported rather than thrown (the row keeps it too).
 */
export async function sendTestEmail(
  db: PrismaClient, userId: string, config: MailConfig = mailConfigFromEnv(),
): Promise<{ id: string; status: EmailStatus; error?: string }> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { name: true, email: true } });
  if (!user) throw notFound("User");
  const secret = unsubscribeSecret();
  const mail = renderTestEmail({ user, baseUrl: config.baseUrl, unsubscribeUrl: unsubscribeUrl(config.baseUrl, userId, secret) });
  const queued = await queueEmail(db, { userId, kind: "test", to: user.email, ...mail }, config);
  if (queued.status !== "queued") return queued;
  try {
    const sent = await sendEmailMessage(db, queued.id, config, { unsubscribeUrl: unsubscribeUrl(config.baseUrl, userId, secret) });
    return { id: sent.id, status: sent.status };
  } catch (error) {
    return { id: queued.id, status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

/** The user's messages, newest first; `cursor` is the id of the last message of the previous page. */
export async function listOutbox(
  db: PrismaClient, userId: string, { cursor, limit }: { cursor?: string | null; limit: number },
): Promise<OutboxPage> {
  let after: { createdAt: Date; id: string } | null = null;
  if (cursor) {
    after = await db.emailMessage.findFirst({ where: { id: cursor, userId }, select: { createdAt: true, id: true } });
    // A cursor that is not one of the user's messages (deleted, or someone else's) ends the list.
    if (!after) return { items: [], nextCursor: null };
  }
  const rows = await db.emailMessage.findMany({
    where: {
      userId,
      ...(after && { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, kind: true, to: true, subject: true, text: true, html: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  const items = rows.slice(0, limit).map((r) => ({
    ...r, kind: r.kind as EmailKind, status: r.status as EmailStatus, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null,
  }));
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.id : null };
}

/** The address a valid token unsubscribes (for the confirmation page), or null for a bad token or a deleted account. */
export async function unsubscribeTarget(db: PrismaClient, token: string): Promise<{ email: string } | null> {
  const userId = verifyUnsubscribeToken(token, unsubscribeSecret());
  if (!userId) return null;
  return db.user.findFirst({ where: { id: userId }, select: { email: true } });
}

/** Turns alert e-mails off for the token's user; false for a forged token or a deleted account. */
export async function unsubscribe(db: PrismaClient, token: string): Promise<boolean> {
  const userId = verifyUnsubscribeToken(token, unsubscribeSecret());
  if (!userId) return false;
  const user = await db.user.findFirst({ where: { id: userId }, select: { id: true } });
  if (!user) return false;
  const off = () => db.notificationPreference.upsert({
    where: { userId },
    create: { userId, emailEnabled: false },
    update: { emailEnabled: false },
  });
  try {
    await off();
  } catch (error) {
    // The account was deleted between the check and the write: nothing left to unsubscribe.
    if (isForeignKeyViolation(error)) return false;
    // A concurrent unsubscribe (a one-click POST and a click) created the row first: update it.
    if (!isUniqueViolation(error)) throw error;
    await off();
  }
  return true;
}
