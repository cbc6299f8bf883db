import { z } from "zod";
import { restRoute } from "@/server/api/rest-route";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZCover, ZCreateCoverInput, ZUpdateCoverInput } from "@/lib/schemas/cover";
import { ZId } from "@/lib/schemas/primitives";
import {
  createCover, deleteCover, listCovers, requireVisibleCover, updateCover,
} from "@/server/services/cover-service";

export const coverRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/covers", "The portfolio's covers"))
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZCover))
    .query(({ ctx, input }) => listCovers(ctx.db, ctx.userId, input.portfolioId)),
  get: portfolioProcedure("read", "cover")
    .meta(restRoute("GET", "/covers/{id}", "A cover"))
    .input(z.object({ id: ZId }))
    .output(ZCover)
    .query(({ ctx, input }) => requireVisibleCover(ctx.db, ctx.userId, input.id)),
  create: portfolioProcedure("write", "portfolioId")
    .meta(restRoute("POST", "/portfolios/{portfolioId}/covers", "Record a cover", "With the positions it protects (`positionIds`)."))
    .input(ZCreateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => createCover(ctx.db, ctx.userId, input)),
  update: portfolioProcedure("write", "cover")
    .meta(restRoute("PATCH", "/covers/{id}", "Change a cover", "Only the fields sent change."))
    .input(ZUpdateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => updateCover(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("write", "cover")
    .meta(restRoute("DELETE", "/covers/{id}", "Delete a cover"))
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteCover(ctx.db, ctx.userId, input.id)),
});
