import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import {
  ZAcknowledgeAlertInput, ZAlertAck, ZListAlertAcksInput, ZUnacknowledgeAlertInput,
} from "@/lib/schemas/alert";
import { acknowledgeAlert, listAlertAcks, unacknowledgeAlert } from "@/server/services/alert-service";

export const alertRouter = createTRPCRouter({
  /** The caller's acknowledgements of this portfolio's alerts that are still in force today. */
  list: protectedProcedure
    .input(ZListAlertAcksInput)
    .output(z.array(ZAlertAck))
    .query(({ ctx, input }) => listAlertAcks(ctx.db, ctx.userId, input.portfolioId)),
  acknowledge: protectedProcedure
    .input(ZAcknowledgeAlertInput)
    .output(ZAlertAck)
    .mutation(({ ctx, input }) => acknowledgeAlert(ctx.db, ctx.userId, input)),
  unacknowledge: protectedProcedure
    .input(ZUnacknowledgeAlertInput)
    .output(z.object({ key: z.string() }))
    .mutation(({ ctx, input }) => unacknowledgeAlert(ctx.db, ctx.userId, input.key)),
});
