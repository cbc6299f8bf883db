import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { tooManyAttempts } from "@/server/api/errors";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import {
  ZCreatedWebhook, ZCreateWebhookInput, ZWebhook, ZWebhookDeliveriesInput, ZWebhookDelivery, ZWebhookDeliveryPage, ZWebhookIdInput,
} from "@/lib/schemas/webhook";
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks, testWebhook } from "@/server/services/webhook-service";

/**
 * Each test is an outbound POST (up to 5 s, a fresh socket) to an address the user chose, and a
 * delivery row that is never pruned: without a limit one account could make the server hammer
 * any public host and grow the log without bound. A person checking an endpoint needs a few.
 */
export const WEBHOOK_TEST_RULE = { limit: 10, windowSec: 10 * 60 };

/** Issue 15: HTTPS endpoints that receive signed alert notices (Standard Webhooks), with a delivery log. */
export const webhookRouter = createTRPCRouter({
  create: protectedProcedure
    .input(ZCreateWebhookInput)
    .output(ZCreatedWebhook)
    .mutation(({ ctx, input }) => createWebhook(ctx.db, ctx.userId, input)),
  list: protectedProcedure
    .output(z.array(ZWebhook))
    .query(({ ctx }) => listWebhooks(ctx.db, ctx.userId)),
  delete: protectedProcedure
    .input(ZWebhookIdInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteWebhook(ctx.db, ctx.userId, input.id)),
  test: protectedProcedure
    .input(ZWebhookIdInput)
    .output(ZWebhookDelivery)
    .mutation(async ({ ctx, input }) => {
      const verdict = await (ctx.rateLimits ?? rateLimitStore()).hit(`webhook:test:${ctx.userId}`, WEBHOOK_TEST_RULE.limit, WEBHOOK_TEST_RULE.windowSec);
      if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSec);
      return testWebhook(ctx.db, ctx.userId, input.id);
    }),
  deliveries: protectedProcedure
    .input(ZWebhookDeliveriesInput)
    .output(ZWebhookDeliveryPage)
    .query(({ ctx, input }) => listDeliveries(ctx.db, ctx.userId, input)),
});
