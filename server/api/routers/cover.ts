import { z } from "zod";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZCover, ZCreateCoverInput, ZUpdateCoverInput } from "@/lib/schemas/cover";
import { ZId } from "@/lib/schemas/primitives";
import {
  createCover, deleteCover, listCovers, requireVisibleCover, updateCover,
} from "@/server/services/cover-service";

export const coverRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .input(z.object({ portfolioId: ZId }))
    .output(z.array(ZCover))
    .query(({ ctx, input }) => listCovers(ctx.db, ctx.userId, input.portfolioId)),
  get: portfolioProcedure("read", "cover")
    .input(z.object({ id: ZId }))
    .output(ZCover)
    .query(({ ctx, input }) => requireVisibleCover(ctx.db, ctx.userId, input.id)),
  create: portfolioProcedure("write", "portfolioId")
    .input(ZCreateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => createCover(ctx.db, ctx.userId, input)),
  update: portfolioProcedure("write", "cover")
    .input(ZUpdateCoverInput)
    .output(ZCover)
    .mutation(({ ctx, input }) => updateCover(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("write", "cover")
    .input(z.object({ id: ZId }))
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteCover(ctx.db, ctx.userId, input.id)),
});
