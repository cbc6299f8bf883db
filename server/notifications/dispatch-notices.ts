import type { Prisma } from "@/server/db/generated/client";
import { renderDigest } from "@/server/domain/notify/render-digest";
import { noticeEvent } from "@/server/domain/notify/notice-payload";
import type { Notice } from "@/server/domain/notify/types";
import { JOB } from "@/server/jobs/job-names";
import type { JobSender } from "@/server/jobs/enqueue";
import type { StoredPreferences } from "@/server/repositories/notification-repository";
import { queueEmail, type MailConfig } from "./mailer";
import { unsubscribeUrl } from "./unsubscribe-token";
import { createDeliveries } from "./webhook-delivery";

export type DispatchDeps = { jobs: JobSender; mail: MailConfig; unsubscribeSecret: string };

export type DispatchInput = {
  user: { id: string; name: string; email: string };
  prefs: Pick<StoredPreferences, "emailEnabled" | "webhooksEnabled">;
  day: string;
  notices: readonly Notice[];
  otherOpenAlerts: number;
};

/**
 * Hands a sweep's notices to the channels the user keeps on, inside the sweep's transaction: one
 * digest e-mail, and one webhook event per notice and subscribed endpoint. The rows and the jobs
 * that send them commit with the notices' record, or not at all.
 */
export async function dispatchNotices(
  tx: Prisma.TransactionClient, input: DispatchInput, deps: DispatchDeps,
): Promise<{ email: { id: string; status: string } | null; webhookDeliveries: number }> {
  if (input.notices.length === 0) return { email: null, webhookDeliveries: 0 };
  let email: { id: string; status: string } | null = null;
  if (input.prefs.emailEnabled) {
    const rendered = renderDigest({
      user: input.user, day: input.day, notices: input.notices, otherOpenAlerts: input.otherOpenAlerts,
      baseUrl: deps.mail.baseUrl, unsubscribeUrl: unsubscribeUrl(deps.mail.baseUrl, input.user.id, deps.unsubscribeSecret),
    });
    email = await queueEmail(tx, { userId: input.user.id, kind: "digest", to: input.user.email, ...rendered }, deps.mail);
    if (email.status === "queued") await deps.jobs(tx, JOB.email, { messageId: email.id });
  }
  let webhookDeliveries = 0;
  if (input.prefs.webhooksEnabled) {
    const events = input.notices.map((n) => noticeEvent(n, deps.mail.baseUrl));
    const ids = await createDeliveries(tx, input.user.id, events, new Date());
    for (const deliveryId of ids) await deps.jobs(tx, JOB.webhook, { deliveryId });
    webhookDeliveries = ids.length;
  }
  return { email, webhookDeliveries };
}
