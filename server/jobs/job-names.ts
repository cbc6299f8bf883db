/** The job queues (DESIGN §12) and what each job carries. */
export const JOB = {
  /** Finds users whose daily digest is due and sweeps each: scheduled every 10 minutes. */
  sweep: "alerts-sweep",
  /** Sends one queued e-mail (EmailMessage id). */
  email: "email-send",
  /** One attempt of one webhook delivery (WebhookDelivery id); retries are sent again with a delay. */
  webhook: "webhook-deliver",
  /** Imports INCIDENT_FEED_URL: scheduled daily. */
  incidentFeed: "incident-feed-import",
} as const;

export type JobName = (typeof JOB)[keyof typeof JOB];

export type JobData = {
  [JOB.sweep]: Record<string, never>;
  [JOB.email]: { messageId: string };
  [JOB.webhook]: { deliveryId: string };
  [JOB.incidentFeed]: Record<string, never>;
};

export const SWEEP_CRON = "*/10 * * * *";
export const INCIDENT_FEED_CRON = "17 3 * * *";
