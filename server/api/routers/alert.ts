import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  ZAcknowledgeAlertInput, ZAcknowledgeGroupInput, ZAlertAck, ZAlertList, ZAlertListInput, ZUnacknowledgeAlertInput,
} from "@/lib/schemas/alert";
import { acknowledgeAlert, acknowledgeGroup, listAlerts, unacknowledgeAlert } from "@/server/services/alert-service";

export const alertRouter = createTRPCRouter({
  /** The portfolio's alerts on a day, grouped by code, most urgent first; acknowledged ones counted, shown on request. */
  list: protectedProcedure
    .input(ZAlertListInput)
    .output(ZAlertList)
    .query(({ ctx, input }) => listAlerts(ctx.db, ctx.userId, input)),
  acknowledge: protectedProcedure
    .input(ZAcknowledgeAlertInput)
    .output(ZAlertAck)
    .mutation(({ ctx, input }) => acknowledgeAlert(ctx.db, ctx.userId, input)),
  acknowledgeGroup: protectedProcedure
    .input(ZAcknowledgeGroupInput)
    .output(z.object({ count: z.number().int(), until: z.string() }))
    .mutation(({ ctx, input }) => acknowledgeGroup(ctx.db, ctx.userId, input)),
  unacknowledge: protectedProcedure
    .input(ZUnacknowledgeAlertInput)
    .output(z.object({ key: z.string() }))
    .mutation(({ ctx, input }) => unacknowledgeAlert(ctx.db, ctx.userId, input.key)),
});
