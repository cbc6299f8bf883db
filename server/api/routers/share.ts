import { z } from "zod";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZShareCreated, ZShareCreateInput, ZShareLink, ZShareListInput, ZShareRevoked, ZShareRevokeInput } from "@/lib/schemas/share";
import { createShareLink, listShareLinks, revokeShareLink } from "@/server/services/share-service";

/** DESIGN §13: read-only links to a portfolio's dashboard and positions; only owners manage them. */
export const shareRouter = createTRPCRouter({
  create: portfolioProcedure("manage", "portfolioId")
    .input(ZShareCreateInput)
    .output(ZShareCreated)
    .mutation(({ ctx, input }) => createShareLink(ctx.db, ctx.userId, input)),
  list: portfolioProcedure("manage", "portfolioId")
    .input(ZShareListInput)
    .output(z.array(ZShareLink))
    .query(({ ctx, input }) => listShareLinks(ctx.db, ctx.userId, input.portfolioId)),
  revoke: portfolioProcedure("manage", "shareLink")
    .input(ZShareRevokeInput)
    .output(ZShareRevoked)
    .mutation(({ ctx, input }) => revokeShareLink(ctx.db, ctx.userId, input.id)),
});
