import type { PrismaClient } from "@/server/db/generated/client";
import type { JobSender } from "./enqueue";
import { JOB } from "./job-names";

/** A job this late was lost (a worker killed mid-attempt, a queue wiped): it is queued again. */
const STALLED_AFTER_MS = 15 * 60_000;

/**
 * Re-queues the sends whose job went missing: webhook deliveries still pending well past their
 * next attempt, and e-mails still queued. Each is keyed by its row and due time, so running this
 * on two instances, or twice, queues one job.
 */
export async function resumeStalled(db: PrismaClient, jobs: JobSender, now = new Date()): Promise<{ deliveries: number; emails: number }> {
  const before = new Date(now.getTime() - STALLED_AFTER_MS);
  const [deliveries, emails] = await Promise.all([
    db.webhookDelivery.findMany({
      where: { status: "pending", OR: [{ nextAttemptAt: { lt: before } }, { nextAttemptAt: null, createdAt: { lt: before } }] },
      select: { id: true, attempts: true }, take: 1000,
    }),
    db.emailMessage.findMany({ where: { status: "queued", createdAt: { lt: before } }, select: { id: true, attempts: true }, take: 1000 }),
  ]);
  for (const d of deliveries) await jobs(db, JOB.webhook, { deliveryId: d.id }, { singletonKey: `${d.id}@resume-${d.attempts}`, singletonSeconds: 3600 });
  for (const e of emails) await jobs(db, JOB.email, { messageId: e.id }, { singletonKey: `${e.id}@resume-${e.attempts}`, singletonSeconds: 3600 });
  return { deliveries: deliveries.length, emails: emails.length };
}
