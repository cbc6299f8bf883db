import { z } from "zod";
import { restRoute } from "@/server/api/rest-route";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import {
  ZAcknowledgeAlertInput, ZAcknowledgeGroupInput, ZAlertAck, ZAlertList, ZAlertListInput, ZUnacknowledgeAlertInput,
} from "@/lib/schemas/alert";
import { acknowledgeAlert, acknowledgeGroup, listAlerts, unacknowledgeAlert } from "@/server/services/alert-service";

export const alertRouter = createTRPCRouter({
  /** The portfolio's alerts on a day, grouped by code, most urgent first; acknowledged ones counted, shown on request. */
  list: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/alerts", "Open alerts, grouped by kind", "On a day (`asOf`, default today), most urgent first; acknowledged ones counted, listed with `includeAcknowledged=true`."))
    .input(ZAlertListInput)
    .output(ZAlertList)
    .query(({ ctx, input }) => listAlerts(ctx.db, ctx.userId, input)),
  acknowledge: portfolioProcedure("write", "alertKey")
    .input(ZAcknowledgeAlertInput)
    .output(ZAlertAck)
    .mutation(({ ctx, input }) => acknowledgeAlert(ctx.db, ctx.userId, input)),
  acknowledgeGroup: portfolioProcedure("write", "portfolioId")
    .input(ZAcknowledgeGroupInput)
    .output(z.object({ count: z.number().int(), until: z.string() }))
    .mutation(({ ctx, input }) => acknowledgeGroup(ctx.db, ctx.userId, input)),
  unacknowledge: portfolioProcedure("write", "alertKey")
    .input(ZUnacknowledgeAlertInput)
    .output(z.object({ key: z.string() }))
    .mutation(({ ctx, input }) => unacknowledgeAlert(ctx.db, ctx.userId, input.key)),
});
