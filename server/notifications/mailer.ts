import nodemailer, { type Transporter } from "nodemailer";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/observability/logger";
import { appBaseUrl } from "./app-url";
import { unsubscribeUrl as signedUnsubscribeUrl } from "./unsubscribe-token";

export type MailConfig = {
  /** smtp://user:pass@host:587 or smtps://…; null: messages stay in the in-app outbox. */
  smtpUrl: string | null;
  from: string;
  /** The app's public address, for links in messages. */
  baseUrl: string;
};

export type EmailKind = "digest" | "test" | "invite";
export type EmailStatus = "outbox" | "queued" | "sent" | "failed";

/** A PrismaClient or a transaction client: queueing can join the caller's transaction. */
export type EmailDb = Pick<PrismaClient, "emailMessage">;

export const MAIL_FROM_DEFAULT = "CoverDesk <alerts@coverdesk.local>";
const LAST_ERROR_MAX = 500;

export function mailConfigFromEnv(env: Record<string, string | undefined> = process.env): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  return { smtpUrl, from: env.MAIL_FROM?.trim() || MAIL_FROM_DEFAULT, baseUrl: appBaseUrl(env) };
}

// nodemailer waits 2 minutes to connect and 10 to time out a socket by default: too long for a
// request waiting on a test e-mail. The URL's own query parameters win over these.
const TIMEOUTS = { connectionTimeout: "10000", greetingTimeout: "10000", socketTimeout: "30000" };

function withTimeouts(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    for (const [key, value] of Object.entries(TIMEOUTS)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    return url.toString();
  } catch {
    return smtpUrl;
  }
}

const transports = new Map<string, Transporter>();

/** One transport per URL for the life of the process. */
export function createMailTransport(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(withTimeouts(smtpUrl));
    transports.set(smtpUrl, transport);
  }
  return transport;
}

export type QueueEmailInput = { userId: string; kind: EmailKind; to: string; subject: string; text: string; html: string };

/** Stores a message: "queued" for SMTP to send, or "outbox" (shown in the app and logged) when SMTP is not configured. */
export async function queueEmail(
  db: EmailDb, input: QueueEmailInput, config: MailConfig = mailConfigFromEnv(),
): Promise<{ id: string; status: EmailStatus }> {
  const status: EmailStatus = config.smtpUrl ? "queued" : "outbox";
  const row = await db.emailMessage.create({ data: { ...input, status }, select: { id: true } });
  if (status === "outbox") {
    logger.info({ emailId: row.id, kind: input.kind, to: input.to, subject: input.subject }, "e-mail kept in the outbox: SMTP_URL is not set");
  }
  return { id: row.id, status };
}

function domainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  return match?.[1] ?? "coverdesk.local";
}

export type SendResult = { id: string; status: EmailStatus; sentNow: boolean };

export type SendOptions = {
  /** For the List-Unsubscribe headers; default: the signed link of the message's user under config.baseUrl; null: none. */
  unsubscribeUrl?: string | null;
};

/**
 * Sends a queued (or earlier failed) message through SMTP. A message already sent, or one in the
 * outbox, is left alone. A failure is recorded (status, attempts, lastError) and then thrown,
 * so a job queue retries it.
 */
export async function sendEmailMessage(db: EmailDb, id: string, config: MailConfig, opts: SendOptions = {}): Promise<SendResult> {
  const row = await db.emailMessage.findFirst({ where: { id } });
  if (!row) throw new Error(`E-mail message ${id} does not exist`);
  if (row.status !== "queued" && row.status !== "failed") return { id, status: row.status as EmailStatus, sentNow: false };

  // An invitation goes to someone who is not (yet) the row's user: no unsubscribe from the inviter's alerts.
  const unsubscribe = opts.unsubscribeUrl === undefined ? (row.kind === "invite" ? null : signedUnsubscribeUrl(config.baseUrl, row.userId)) : opts.unsubscribeUrl;
  // Claims this attempt: of two workers that read the same row, only one moves `attempts` on.
  const claimed = await db.emailMessage.updateMany({
    where: { id, status: { in: ["queued", "failed"] }, attempts: row.attempts },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const now = await db.emailMessage.findFirst({ where: { id }, select: { status: true } });
    return { id, status: (now?.status ?? row.status) as EmailStatus, sentNow: false };
  }

  try {
    if (!config.smtpUrl) throw new Error("SMTP_URL is not set");
    await createMailTransport(config.smtpUrl).sendMail({
      from: config.from,
      to: row.to,
      subject: row.subject,
      text: row.text,
      html: row.html,
      // The same Message-ID on every attempt lets a receiving server drop a duplicate.
      messageId: `<${row.id}@${domainOf(config.from)}>`,
      headers: unsubscribe ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : undefined,
    });
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, LAST_ERROR_MAX);
    await db.emailMessage.update({ where: { id }, data: { status: "failed", lastError: message } });
    logger.warn({ emailId: id, attempts: row.attempts + 1, err: message }, "e-mail send failed");
    throw error;
  }
  await db.emailMessage.update({ where: { id }, data: { status: "sent", sentAt: new Date(), lastError: null } });
  return { id, status: "sent", sentNow: true };
}
