import type { PrismaClient } from "@/server/db/generated/client";
import { AppError, badInput, notFound } from "@/server/api/errors";
import { WEBHOOK_TEST_EVENT } from "@/lib/schemas/notification-values";
import type {
  TCreatedWebhook, TCreateWebhookInput, TWebhook, TWebhookDelivery, TWebhookDeliveriesInput, TWebhookDeliveryPage, TWebhookDeliveryStatus,
} from "@/lib/schemas/webhook";
import { generateSecret, parseSecret } from "@/server/domain/webhooks/signature";
import { checkWebhookUrl, resolvePublicAddress, type WebhookPolicy } from "@/server/domain/webhooks/url-policy";
import { attemptDelivery, newMessageId, webhookPayload, webhookPolicyFromEnv } from "@/server/notifications/webhook-delivery";
import { answeringRaces } from "./race-errors";

export const WEBHOOKS_PER_USER_MAX = 10;
const DELIVERY_PAGE_DEFAULT = 20;

type DeliveryRow = {
  id: string; webhookId: string; eventType: string; payload: string; status: string; attempts: number;
  lastStatusCode: number | null; lastError: string | null; nextAttemptAt: Date | null; createdAt: Date; deliveredAt: Date | null;
};

function toDelivery(row: DeliveryRow): TWebhookDelivery {
  return {
    id: row.id, webhookId: row.webhookId, eventType: row.eventType, payload: row.payload,
    status: row.status as TWebhookDeliveryStatus, attempts: row.attempts, lastStatusCode: row.lastStatusCode, lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(), deliveredAt: row.deliveredAt?.toISOString() ?? null,
  };
}

type WebhookRow = { id: string; url: string; events: string[]; createdAt: Date; deliveries: DeliveryRow[] };

function toWebhook(row: WebhookRow): TWebhook {
  const last = row.deliveries[0];
  return {
    id: row.id, url: row.url, events: row.events, createdAt: row.createdAt.toISOString(),
    lastDelivery: last
      ? { status: last.status as TWebhookDeliveryStatus, at: (last.deliveredAt ?? last.createdAt).toISOString(), lastStatusCode: last.lastStatusCode, lastError: last.lastError }
      : null,
  };
}

const lastDelivery = { orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }], take: 1 };

/** The URL rules, and its host resolved now to public addresses only: BAD_REQUEST naming `url`. */
async function requireAllowedUrl(url: string, policy: WebhookPolicy): Promise<void> {
  const check = checkWebhookUrl(url, policy);
  if (!check.ok) throw badInput("url", check.reason);
  const resolved = await resolvePublicAddress(check.hostname, { allowPrivate: policy.allowPrivate });
  if (!resolved.ok) throw badInput("url", resolved.reason);
}

/**
 * Registers an endpoint for the given events. The host is resolved at save time for an early,
 * clear refusal; every send checks it again (the name may point elsewhere by then).
 */
export async function createWebhook(
  db: PrismaClient, userId: string, input: TCreateWebhookInput, policy: WebhookPolicy = webhookPolicyFromEnv(),
): Promise<TCreatedWebhook> {
  if (input.secret !== undefined) {
    const parsed = parseSecret(input.secret);
    if (!parsed.ok) throw badInput("secret", `The secret is not valid: ${parsed.reason}`);
  }
  const tooMany = () => badInput("url", `You can have at most ${WEBHOOKS_PER_USER_MAX} webhooks: delete one to add another`);
  if (await db.webhook.count({ where: { userId } }) >= WEBHOOKS_PER_USER_MAX) throw tooMany();
  await requireAllowedUrl(input.url, policy);
  const secret = input.secret ?? generateSecret();
  const row = await answeringRaces(
    { subject: "Webhook", links: { Webhook_userId_fkey: () => new AppError("UNAUTHORIZED", "Your account no longer exists.") } },
    () => db.$transaction(async (tx) => {
      // Locks the user's row so that concurrent creates count one after the other.
      await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
      if (await tx.webhook.count({ where: { userId } }) >= WEBHOOKS_PER_USER_MAX) throw tooMany();
      return tx.webhook.create({ data: { userId, url: input.url, events: input.events, secret }, select: { id: true, url: true, events: true, createdAt: true } });
    }),
  );
  return { ...toWebhook({ ...row, deliveries: [] }), secret };
}

/** The user's webhooks, oldest first, each with its latest delivery; never their secrets. */
export async function listWebhooks(db: PrismaClient, userId: string): Promise<TWebhook[]> {
  const rows = await db.webhook.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, url: true, events: true, createdAt: true, deliveries: lastDelivery },
  });
  return rows.map(toWebhook);
}

/** Deletes a webhook and its delivery log; NOT_FOUND for another user's. */
export async function deleteWebhook(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  const { count } = await db.webhook.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("Webhook");
  return { id };
}

async function requireOwnedWebhook(db: PrismaClient, userId: string, id: string): Promise<{ id: string }> {
  const hook = await db.webhook.findFirst({ where: { id, userId }, select: { id: true } });
  if (!hook) throw notFound("Webhook");
  return hook;
}

/**
 * Sends a webhook.test message now and answers the delivery as recorded. It is tried once:
 * the user sees the outcome and can try again.
 */
export async function testWebhook(
  db: PrismaClient, userId: string, id: string, policy: WebhookPolicy = webhookPolicyFromEnv(),
): Promise<TWebhookDelivery> {
  await requireOwnedWebhook(db, userId, id);
  const now = new Date();
  const deliveryId = newMessageId();
  const data = { webhookId: id, message: "A test message from CoverDesk: your endpoint is reachable and can verify our signature." };
  await answeringRaces({ subject: "Webhook", links: { WebhookDelivery_webhookId_fkey: () => notFound("Webhook") } }, () => db.webhookDelivery.create({
    data: { id: deliveryId, webhookId: id, eventType: WEBHOOK_TEST_EVENT, payload: webhookPayload(WEBHOOK_TEST_EVENT, data, now), status: "pending", nextAttemptAt: now, createdAt: now },
  }));
  await attemptDelivery(db, deliveryId, { ...policy, retry: false });
  const row = await db.webhookDelivery.findFirst({ where: { id: deliveryId } });
  // Deleted while it was being sent.
  if (!row) throw notFound("Webhook");
  return toDelivery(row);
}

/** A webhook's delivery log, newest first, a page at a time; NOT_FOUND for another user's webhook. */
export async function listDeliveries(db: PrismaClient, userId: string, input: TWebhookDeliveriesInput): Promise<TWebhookDeliveryPage> {
  await requireOwnedWebhook(db, userId, input.webhookId);
  const limit = input.limit ?? DELIVERY_PAGE_DEFAULT;
  let after = {};
  if (input.cursor) {
    const from = await db.webhookDelivery.findFirst({ where: { id: input.cursor, webhookId: input.webhookId }, select: { id: true, createdAt: true } });
    if (!from) throw badInput("cursor", "Not a delivery of this webhook");
    after = { OR: [{ createdAt: { lt: from.createdAt } }, { createdAt: from.createdAt, id: { lt: from.id } }] };
  }
  const rows = await db.webhookDelivery.findMany({
    where: { webhookId: input.webhookId, ...after },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const items = rows.slice(0, limit).map(toDelivery);
  return { items, nextCursor: rows.length > limit ? items[items.length - 1]!.id : null };
}
