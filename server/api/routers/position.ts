import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZCreatePositionInput, ZPosition, ZUpdatePositionInput } from "@/lib/schemas/position";
import { ZId } from "@/lib/schemas/primitives";
import {
  createPosition, deletePosition, listPositions, requireOwnedPosition, updatePosition,
} from "@/server/services/position-service";

export const positionRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZPosition))
    .query(({ ctx, input }) => listPositions(ctx.db, ctx.userId, input.portfolioId)),
  get: protectedProcedure
    .input(z.object({ id: ZId }))
    .output(ZPosition)
    .query(({ ctx, input }) => requireOwnedPosition(ctx.db, ctx.userId, input.id)),
  create: protectedProcedure
    .input(ZCreatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => createPosition(ctx.db, ctx.userId, input)),
  update: protectedProcedure
    .input(ZUpdatePositionInput)
    .output(ZPosition)
    .mutation(({ ctx, input }) => updatePosition(ctx.db, ctx.userId, input)),
  delete: protectedProcedure
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deletePosition(ctx.db, ctx.userId, input.id)),
});
