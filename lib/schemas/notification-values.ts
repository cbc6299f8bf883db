/** What the sweep notifies (DESIGN §12), as webhook event types; zod-free so pages can import it. */
export const NOTICE_KINDS = ["cover_expiring", "claim_window_closing", "incident", "uninsured_gap"] as const;
export type TNoticeKind = (typeof NOTICE_KINDS)[number];

/** Event types a webhook can subscribe to: one per notice kind. */
export const WEBHOOK_EVENT_TYPES = NOTICE_KINDS.map((k) => `alert.${k}` as const);
export type TWebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by webhook.test only; never subscribed to. */
export const WEBHOOK_TEST_EVENT = "webhook.test";

export const WEBHOOK_EVENT_LABELS: Record<TWebhookEventType, string> = {
  "alert.cover_expiring": "A cover expires in 30, 7 or 1 days",
  "alert.claim_window_closing": "A claim window closes in 7 or 1 days",
  "alert.incident": "An incident hits one of your positions",
  "alert.uninsured_gap": "A new uninsured gap at or above your threshold",
};

/** Days-left thresholds at which a dated alert is notified again (escalation). */
export const EXPIRY_STAGES = [30, 7, 1] as const;
export const CLAIM_WINDOW_STAGES = [7, 1] as const;

export const DIGEST_HOUR_DEFAULT = 8;
export const GAP_THRESHOLD_DEFAULT_USD = "10000.00";
export const WEBHOOK_URL_MAX = 2000;
