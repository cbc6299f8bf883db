import { createTRPCRouter, portfolioProcedure, publicProcedure } from "@/server/api/trpc";
import { ZIncidentImpact, ZIncidentImpactInput, ZIncidentList, ZIncidentListInput } from "@/lib/schemas/incident";
import { incidentsForPortfolio } from "@/server/services/incident-impact-service";
import { listIncidentPage } from "@/server/services/incident-service";

/** The incident catalog (public reference data) and what it means for a portfolio (its owner's). */
export const incidentRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZIncidentListInput)
    .output(ZIncidentList)
    .query(({ ctx, input }) => listIncidentPage(ctx.db, input)),
  forPortfolio: portfolioProcedure("read", "portfolioId")
    .input(ZIncidentImpactInput)
    .output(ZIncidentImpact)
    .query(({ ctx, input }) => incidentsForPortfolio(ctx.db, ctx.userId, input)),
});
