import PgBoss from "pg-boss";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/observability/logger";
import { mailConfigFromEnv, sendEmailMessage } from "@/server/notifications/mailer";
import { unsubscribeSecret } from "@/server/notifications/unsubscribe-token";
import { attemptDelivery, webhookPolicyFromEnv } from "@/server/notifications/webhook-delivery";
import { sweepDueUsers } from "@/server/services/alert-sweep-service";
import { jobSenderFor } from "./enqueue";
import { INCIDENT_FEED_CRON, JOB, SWEEP_CRON, type JobData } from "./job-names";
import { createQueues } from "./queues";
import { resumeStalled } from "./resume-stalled";

/** A job that throws is marked failed (and retried where its queue says so): the log says why. */
function logged<T>(queue: string, handler: (jobs: PgBoss.Job<T>[]) => Promise<unknown>): (jobs: PgBoss.Job<T>[]) => Promise<unknown> {
  return async (jobs) => {
    try {
      return await handler(jobs);
    } catch (e) {
      logger.error({ queue, jobs: jobs.map((j) => j.id), err: e instanceof Error ? e.message : String(e) }, "job failed");
      throw e;
    }
  };
}

export type WorkerOptions = {
  databaseUrl: string;
  /** pg-boss's schema (server/jobs/job-schema.ts). */
  schema: string;
  db: PrismaClient;
  /** Imports INCIDENT_FEED_URL; absent = no daily import. */
  importIncidentFeed?: () => Promise<string>;
  /** Seconds between polls of each queue (pg-boss default 2). */
  pollingIntervalSeconds?: number;
  /** Shrinks webhook retry delays (tests only). */
  webhookRetryScale?: number;
};

/**
 * Starts this instance's share of the background work (DESIGN §12). Run it in as many instances
 * as you like: pg-boss hands each job to one worker, and its clock lets one instance per minute
 * turn a schedule into a job, so the sweep and the feed import run once per slot.
 */
export async function startWorker(opts: WorkerOptions): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: opts.databaseUrl, schema: opts.schema, max: 4 });
  boss.on("error", (e) => logger.error({ err: e.message }, "job queue error"));
  await boss.start();
  await createQueues(boss);

  const jobs = jobSenderFor(opts.schema);
  const mail = mailConfigFromEnv();
  const secret = unsubscribeSecret();
  const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };

  await boss.work<JobData[typeof JOB.sweep]>(JOB.sweep, polling, logged(JOB.sweep, async () => {
    const totals = await sweepDueUsers(opts.db, { jobs, mail, unsubscribeSecret: secret, now: new Date() });
    if (totals.users > 0 || totals.failed > 0) logger.info(totals, "alert sweep done");
    const resumed = await resumeStalled(opts.db, jobs);
    if (resumed.deliveries + resumed.emails > 0) logger.warn(resumed, "re-queued sends whose job was lost");
  }));

  await boss.work<JobData[typeof JOB.email]>(JOB.email, polling, logged(JOB.email, async ([job]) => {
    if (job) await sendEmailMessage(opts.db, job.data.messageId, mail);
  }));

  const policy = webhookPolicyFromEnv();
  await boss.work<JobData[typeof JOB.webhook]>(JOB.webhook, { ...polling, batchSize: 10 }, logged(JOB.webhook, async (batch) => {
    await Promise.all(batch.map(async (job) => {
      const { deliveryId } = job.data;
      const result = await attemptDelivery(opts.db, deliveryId, { ...policy, retryScale: opts.webhookRetryScale });
      // The next attempt is a new job, due at its time; its key makes a second worker's copy a no-op.
      if (result.status === "retry" && result.retryAt) {
        await jobs(opts.db, JOB.webhook, { deliveryId }, { startAfter: result.retryAt, singletonKey: `${deliveryId}@${result.retryAt.toISOString()}`, singletonSeconds: 3_600 });
      }
    }));
  }));

  await boss.schedule(JOB.sweep, SWEEP_CRON, {});
  if (opts.importIncidentFeed) {
    const importFeed = opts.importIncidentFeed;
    await boss.work(JOB.incidentFeed, polling, logged(JOB.incidentFeed, async () => logger.info({ outcome: await importFeed() }, "incident feed imported")));
    await boss.schedule(JOB.incidentFeed, INCIDENT_FEED_CRON, {});
  } else {
    await boss.unschedule(JOB.incidentFeed);
  }
  return boss;
}

/** Asks for a sweep now (on start, so a digest that fell due while no worker ran goes out); one per minute however many instances ask. */
export async function requestSweep(boss: PgBoss): Promise<void> {
  await boss.send(JOB.sweep, {}, { singletonKey: "sweep-on-start", singletonSeconds: 60 });
}
