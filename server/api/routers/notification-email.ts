import { z } from "zod";
import { protectedProcedure } from "@/server/api/trpc";
import { tooManyAttempts } from "@/server/api/errors";
import { ZId } from "@/lib/schemas/primitives";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import { listOutbox, sendTestEmail } from "@/server/services/email-service";

const ZEmailStatus = z.enum(["outbox", "queued", "sent", "failed"]);

const ZEmailMessage = z.object({
  id: z.string(),
  kind: z.enum(["digest", "test", "invite"]),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  status: ZEmailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

const ZOutboxInput = z.object({
  cursor: ZId.nullish(),
  limit: z.number().int().min(1).max(50).default(20),
});

/** Each test e-mail reaches a real mailbox (the user's own): a few an hour is plenty. */
const TEST_EMAIL_RULE = { limit: 5, windowSec: 60 * 60 };

/** Spread into the notification router: `notification.sendTestEmail`, `notification.outbox`. */
export const emailProcedures = {
  sendTestEmail: protectedProcedure
    .output(z.object({ id: z.string(), status: ZEmailStatus, error: z.string().optional() }))
    .mutation(async ({ ctx }) => {
      const verdict = await (ctx.rateLimits ?? rateLimitStore()).hit(`email:test:${ctx.userId}`, TEST_EMAIL_RULE.limit, TEST_EMAIL_RULE.windowSec);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSec);
      return sendTestEmail(ctx.db, ctx.userId);
    }),
  outbox: protectedProcedure
    .input(ZOutboxInput)
    .output(z.object({ items: z.array(ZEmailMessage), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listOutbox(ctx.db, ctx.userId, { cursor: input.cursor, limit: input.limit })),
};
