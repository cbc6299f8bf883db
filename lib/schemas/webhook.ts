import { z } from "zod";
import { WEBHOOK_EVENT_TYPES, WEBHOOK_URL_MAX } from "./notification-values";
import { ZId } from "./primitives";

export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES, { error: `Unknown event type: use one of ${WEBHOOK_EVENT_TYPES.join(", ")}` });

const SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]+={0,2}$/;

/** The URL's full rules (https, public host) are checked by the service: they depend on the environment and DNS. */
export const ZCreateWebhookInput = z.object({
  url: z.string().trim().min(1, "Required").max(WEBHOOK_URL_MAX, `At most ${WEBHOOK_URL_MAX.toLocaleString("en-US")} characters`),
  events: z
    .array(ZWebhookEventType)
    .min(1, "Choose at least one event")
    .max(WEBHOOK_EVENT_TYPES.length, "Each event at most once")
    .refine((events) => new Set(events).size === events.length, "Each event at most once"),
  /** Your own signing secret (whsec_ + base64 of 24–64 bytes); one is generated when left out. */
  secret: z
    .string()
    .trim()
    .max(100, "At most 100 characters")
    .regex(SECRET_PATTERN, "Must be whsec_ followed by base64, e.g. from a Standard Webhooks library")
    .optional(),
});
export type TCreateWebhookInput = z.infer<typeof ZCreateWebhookInput>;

export const ZWebhookIdInput = z.object({ id: ZId });

export const ZWebhookDeliveriesInput = z.object({
  webhookId: ZId,
  /** The last delivery id of the previous page. */
  cursor: ZId.optional(),
  limit: z.number().int().min(1, "At least 1").max(100, "At most 100").optional(),
});
export type TWebhookDeliveriesInput = z.infer<typeof ZWebhookDeliveriesInput>;

export const WEBHOOK_DELIVERY_STATUSES = ["pending", "succeeded", "failed"] as const;
export type TWebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

export const ZWebhookDelivery = z.object({
  /** Sent as the webhook-id header: the same on every attempt. */
  id: z.string(),
  webhookId: z.string(),
  eventType: z.string(),
  /** The exact JSON body sent. */
  payload: z.string(),
  /** pending: an attempt is due at nextAttemptAt; failed: no more attempts. */
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});
export type TWebhookDelivery = z.infer<typeof ZWebhookDelivery>;

export const ZWebhookDeliveryPage = z.object({
  /** Newest first. */
  items: z.array(ZWebhookDelivery),
  /** Pass as cursor for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TWebhookDeliveryPage = z.infer<typeof ZWebhookDeliveryPage>;

/** A webhook as listed: never its secret. */
export const ZWebhook = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  createdAt: z.string(),
  lastDelivery: z.object({
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    /** When it succeeded, else when it was created. */
    at: z.string(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
  }).nullable(),
});
export type TWebhook = z.infer<typeof ZWebhook>;

/** What create answers: the only time the secret is shown. */
export const ZCreatedWebhook = ZWebhook.extend({ secret: z.string() });
export type TCreatedWebhook = z.infer<typeof ZCreatedWebhook>;
