import { z } from "zod";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZCreatePositionInput, ZPosition, ZUpdatePositionInput } from "@/lib/schemas/position";
import { ZId } from "@/lib/schemas/primitives";
import {
  createPosition, deletePosition, listPositions, requireVisiblePosition, updatePosition,
} from "@/server/services/position-service";

export const positionRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZPosition))
    .query(({ ctx, input }) => listPositions(ctx.db, ctx.userId, input.portfolioId)),
  get: portfolioProcedure("read", "position")
    .input(z.object({ id: ZId }))
    .output(ZPosition)
    .query(({ ctx, input }) => requireVisiblePosition(ctx.db, ctx.userId, input.id)),
  create: portfolioProcedure("write", "portfolioId")
    .input(ZCreatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => createPosition(ctx.db, ctx.userId, input)),
  update: portfolioProcedure("write", "position")
    .input(ZUpdatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => updatePosition(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("write", "position")
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deletePosition(ctx.db, ctx.userId, input.id)),
});
