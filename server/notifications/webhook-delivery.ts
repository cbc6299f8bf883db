import { randomBytes } from "node:crypto";
import type { LookupAddress, LookupOptions } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Prisma, PrismaClient } from "@/server/db/generated/client";
import type { TWebhookEventType } from "@/lib/schemas/notification-values";
import { nextAttemptAt } from "@/server/domain/webhooks/retry-schedule";
import { sign } from "@/server/domain/webhooks/signature";
import { checkWebhookUrl, resolvePublicAddress, type LookupAll, type WebhookPolicy } from "@/server/domain/webhooks/url-policy";

type Db = PrismaClient | Prisma.TransactionClient;

export const WEBHOOK_USER_AGENT = "CoverDesk-Webhooks/1";
export const WEBHOOK_TIMEOUT_MS = 5_000;
/** More of a response than this is not read: receivers answer with a status, not a body. */
const RESPONSE_READ_MAX = 64 * 1024;

/** WEBHOOK_ALLOW_PRIVATE=1 lets webhooks reach loopback and private addresses over http (development, tests). */
export function webhookPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookPolicy {
  return { allowPrivate: env.WEBHOOK_ALLOW_PRIVATE === "1", production: env.NODE_ENV === "production" };
}

/** A Standard Webhooks message id: "msg_" + 24 random base64url characters. */
export function newMessageId(): string {
  return `msg_${randomBytes(18).toString("base64url")}`;
}

/** The exact JSON body of a delivery. */
export function webhookPayload(type: string, data: unknown, now: Date): string {
  return JSON.stringify({ type, timestamp: now.toISOString(), data });
}

/**
 * One pending delivery per (event, webhook of the user subscribed to its type), due now.
 * Returns their ids (the webhook-id of each message).
 */
export async function createDeliveries(
  db: Db, userId: string, events: { type: TWebhookEventType; data: unknown }[], now = new Date(),
): Promise<string[]> {
  if (events.length === 0) return [];
  const hooks = await db.webhook.findMany({ where: { userId }, select: { id: true, events: true }, orderBy: { createdAt: "asc" } });
  const rows: Prisma.WebhookDeliveryCreateManyInput[] = [];
  for (const event of events) {
    for (const hook of hooks) {
      if (!hook.events.includes(event.type)) continue;
      rows.push({
        id: newMessageId(), webhookId: hook.id, eventType: event.type, payload: webhookPayload(event.type, event.data, now),
        status: "pending", attempts: 0, nextAttemptAt: now, createdAt: now,
      });
    }
  }
  if (rows.length > 0) await db.webhookDelivery.createMany({ data: rows });
  return rows.map((r) => r.id);
}

export type AttemptOptions = WebhookPolicy & {
  /** The attempt's clock (signature timestamp, schedule); default the real time. */
  now?: Date;
  /** Shrinks the retry schedule (tests). */
  retryScale?: number;
  /** false: a failed attempt is final (webhook.test). Default true. */
  retry?: boolean;
  timeoutMs?: number;
  /** Replaces DNS (tests). */
  lookup?: LookupAll;
};

export type AttemptResult = { status: "succeeded" | "retry" | "failed"; retryAt: Date | null };

type Outcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * One HTTP attempt of a delivery, recorded on its row. The URL is checked again now (the
 * environment or DNS may have changed since it was saved), and the socket connects only to an
 * address that was checked: no gap between the check and the connection (DNS rebinding).
 */
export async function attemptDelivery(db: Db, deliveryId: string, options: AttemptOptions): Promise<AttemptResult> {
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId },
    select: { id: true, payload: true, status: true, attempts: true, createdAt: true, webhook: { select: { url: true, secret: true } } },
  });
  // Its webhook was deleted (the delivery went with it): nothing to send.
  if (!delivery) return { status: "failed", retryAt: null };
  if (delivery.status !== "pending") return { status: delivery.status === "succeeded" ? "succeeded" : "failed", retryAt: null };

  const startedAt = options.now ?? new Date();
  const check = checkWebhookUrl(delivery.webhook.url, options);
  const outcome: Outcome = check.ok
    ? await send(check.url, check.hostname, {
      "content-type": "application/json",
      "user-agent": WEBHOOK_USER_AGENT,
      "webhook-id": delivery.id,
      "webhook-timestamp": String(Math.floor(startedAt.getTime() / 1000)),
      "webhook-signature": sign({ id: delivery.id, timestamp: Math.floor(startedAt.getTime() / 1000), body: delivery.payload, secret: delivery.webhook.secret }),
    }, delivery.payload, options)
    : { ok: false, statusCode: null, error: check.reason };

  const finishedAt = options.now ?? new Date();
  const attempts = delivery.attempts + 1;
  // A URL that breaks the rules will not get better by waiting.
  const retryAt = outcome.ok || !check.ok || options.retry === false ? null : nextAttemptAt(delivery.createdAt, attempts, finishedAt, options.retryScale);
  const status = outcome.ok ? "succeeded" : retryAt ? "pending" : "failed";
  // Conditional on the attempts seen, so a concurrent attempt's record is not overwritten.
  await db.webhookDelivery.updateMany({
    where: { id: delivery.id, attempts: delivery.attempts },
    data: {
      attempts, status, nextAttemptAt: retryAt,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.ok ? null : outcome.error,
      deliveredAt: outcome.ok ? finishedAt : null,
    },
  });
  return { status: outcome.ok ? "succeeded" : retryAt ? "retry" : "failed", retryAt };
}

class RefusedAddress extends Error {}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for http.request that resolves like dns.lookup but hands the socket only checked addresses. */
function checkedLookup(policy: { allowPrivate: boolean; lookup?: LookupAll }) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolvePublicAddress(hostname, policy).then((result) => {
      if (!result.ok) return callback(new RefusedAddress(result.reason), "");
      const wanted = options.family === 4 || options.family === 6 ? result.addresses.filter((a) => a.family === options.family) : result.addresses;
      if (wanted.length === 0) return callback(Object.assign(new Error(`No IPv${options.family} address for ${hostname}`), { code: "ENOTFOUND" }), "");
      if (options.all) return callback(null, wanted);
      callback(null, wanted[0]!.address, wanted[0]!.family);
    }, (e: NodeJS.ErrnoException) => callback(e, ""));
  };
}

function errorText(e: unknown, timeoutMs: number): string {
  if (e instanceof RefusedAddress) return e.message;
  if (e instanceof TimeoutError) return `no answer within ${formatSeconds(timeoutMs)}`;
  const code = (e as NodeJS.ErrnoException).code;
  const byCode: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset by the receiver",
    ENOTFOUND: "host not found",
    EAI_AGAIN: "host lookup failed temporarily",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
    ETIMEDOUT: "connection timed out",
    CERT_HAS_EXPIRED: "TLS certificate expired",
    DEPTH_ZERO_SELF_SIGNED_CERT: "TLS certificate is self-signed",
    SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate chain is self-signed",
    ERR_TLS_CERT_ALTNAME_INVALID: "TLS certificate does not match the host name",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate could not be verified",
  };
  if (code && byCode[code]) return byCode[code];
  const message = e instanceof Error ? e.message : String(e);
  return (code ? `${code}: ${message}` : message).slice(0, 200);
}

class TimeoutError extends Error {}

const formatSeconds = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/** POSTs once; never follows a redirect; gives up after `timeoutMs` in all (connect, answer and body). */
async function send(url: URL, hostname: string, headers: Record<string, string>, body: string, options: AttemptOptions): Promise<Outcome> {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  // The socket skips `lookup` for an IP literal: check it here.
  if (isIP(hostname)) {
    const literal = await resolvePublicAddress(hostname, { allowPrivate: options.allowPrivate });
    if (!literal.ok) return { ok: false, statusCode: null, error: literal.reason };
  }
  return new Promise<Outcome>((resolve) => {
    let settled = false;
    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(outcome);
    };
    const fail = (e: unknown) => finish({ ok: false, statusCode: null, error: errorText(e, timeoutMs) });
    const onResponse = (response: IncomingMessage) => {
      const statusCode = response.statusCode ?? 0;
      const answered = (): Outcome => {
        if (statusCode >= 200 && statusCode < 300) return { ok: true, statusCode };
        if (statusCode >= 300 && statusCode < 400) return { ok: false, statusCode, error: `redirect not followed (HTTP ${statusCode})` };
        return { ok: false, statusCode, error: `the receiver answered HTTP ${statusCode}` };
      };
      let read = 0;
      response.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read >= RESPONSE_READ_MAX) finish(answered());
      });
      response.on("end", () => finish(answered()));
      response.on("error", fail);
    };
    const transport = url.protocol === "https:" ? https : http;
    const request = transport.request(url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: checkedLookup({ allowPrivate: options.allowPrivate, lookup: options.lookup }) as unknown as typeof import("node:dns").lookup,
      agent: false,
    }, onResponse);
    const timer = setTimeout(() => fail(new TimeoutError()), timeoutMs);
    request.on("error", fail);
    request.end(body);
  });
}
