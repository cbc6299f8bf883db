import { z } from "zod";
import { restRoute } from "@/server/api/rest-route";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZCreatePositionInput, ZPosition, ZUpdatePositionInput } from "@/lib/schemas/position";
import { ZId } from "@/lib/schemas/primitives";
import {
  createPosition, deletePosition, listPositions, requireVisiblePosition, updatePosition,
} from "@/server/services/position-service";

export const positionRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/positions", "The portfolio's positions"))
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZPosition))
    .query(({ ctx, input }) => listPositions(ctx.db, ctx.userId, input.portfolioId)),
  get: portfolioProcedure("read", "position")
    .meta(restRoute("GET", "/positions/{id}", "A position"))
    .input(z.object({ id: ZId }))
    .output(ZPosition)
    .query(({ ctx, input }) => requireVisiblePosition(ctx.db, ctx.userId, input.id)),
  create: portfolioProcedure("write", "portfolioId")
    .meta(restRoute("POST", "/portfolios/{portfolioId}/positions", "Add a position"))
    .input(ZCreatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => createPosition(ctx.db, ctx.userId, input)),
  update: portfolioProcedure("write", "position")
    .meta(restRoute("PATCH", "/positions/{id}", "Change a position", "Only the fields sent change."))
    .input(ZUpdatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => updatePosition(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("write", "position")
    .meta(restRoute("DELETE", "/positions/{id}", "Delete a position"))
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deletePosition(ctx.db, ctx.userId, input.id)),
});
