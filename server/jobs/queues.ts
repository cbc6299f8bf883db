import PgBoss from "pg-boss";
import { JOB } from "./job-names";

/**
 * Retries pg-boss makes itself: an e-mail send that failed is tried again with backoff (SMTP
 * servers are down for minutes, not days). Webhooks retry on their own schedule (24 h), so their
 * queue does not retry; the sweep and the feed run again at their next slot.
 */
const QUEUES: PgBoss.Queue[] = [
  { name: JOB.sweep, policy: "standard", retryLimit: 0, expireInSeconds: 30 * 60 },
  { name: JOB.email, policy: "standard", retryLimit: 5, retryDelay: 60, retryBackoff: true, expireInSeconds: 120 },
  { name: JOB.webhook, policy: "standard", retryLimit: 0, expireInSeconds: 60 },
  { name: JOB.incidentFeed, policy: "standard", retryLimit: 2, retryDelay: 600, expireInSeconds: 15 * 60 },
];

export async function createQueues(boss: PgBoss): Promise<void> {
  for (const queue of QUEUES) {
    if (!(await boss.getQueue(queue.name))) await boss.createQueue(queue.name, queue);
  }
}

/**
 * Creates pg-boss's tables and the queues, once, before the app and its workers start: the app
 * queues jobs inside its own transactions and needs both to exist.
 */
export async function prepareJobSchema(databaseUrl: string, schema: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema, max: 2, supervise: false, schedule: false });
  boss.on("error", () => undefined);
  await boss.start();
  try {
    await createQueues(boss);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
