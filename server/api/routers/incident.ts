import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { ZIncidentList, ZIncidentListInput } from "@/lib/schemas/incident";
import { listIncidentPage } from "@/server/services/incident-service";

/** The incident catalog: public reference data, no user's data. */
export const incidentRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZIncidentListInput)
    .output(ZIncidentList)
    .query(({ ctx, input }) => listIncidentPage(ctx.db, input)),
});
