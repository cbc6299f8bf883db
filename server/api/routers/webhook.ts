import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  ZCreatedWebhook, ZCreateWebhookInput, ZWebhook, ZWebhookDeliveriesInput, ZWebhookDelivery, ZWebhookDeliveryPage, ZWebhookIdInput,
} from "@/lib/schemas/webhook";
import { createWebhook, deleteWebhook, listDeliveries, listWebhooks, testWebhook } from "@/server/services/webhook-service";

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
    .mutation(({ ctx, input }) => testWebhook(ctx.db, ctx.userId, input.id)),
  deliveries: protectedProcedure
    .input(ZWebhookDeliveriesInput)
    .output(ZWebhookDeliveryPage)
    .query(({ ctx, input }) => listDeliveries(ctx.db, ctx.userId, input)),
});
