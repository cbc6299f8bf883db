import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZCover, ZCreateCoverInput, ZUpdateCoverInput } from "@/lib/schemas/cover";
import { ZId } from "@/lib/schemas/primitives";
import {
  createCover, deleteCover, listCovers, requireOwnedCover, updateCover,
} from "@/server/services/cover-service";

export const coverRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZCover))
    .query(({ ctx, input }) => listCovers(ctx.db, ctx.userId, input.portfolioId)),
  get: protectedProcedure
    .input(z.object({ id: ZId }))
    .output(ZCover)
    .query(({ ctx, input }) => requireOwnedCover(ctx.db, ctx.userId, input.id)),
  create: protectedProcedure
    .input(ZCreateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => createCover(ctx.db, ctx.userId, input)),
  update: protectedProcedure
    .input(ZUpdateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => updateCover(ctx.db, ctx.userId, input)),
  delete: protectedProcedure
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteCover(ctx.db, ctx.userId, input.id)),
});
