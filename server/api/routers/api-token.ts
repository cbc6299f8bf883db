import { z } from "zod";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { ZApiToken, ZApiTokenCreateInput, ZApiTokenCreated, ZApiTokenRevokeInput } from "@/lib/schemas/api-token";
import { createApiToken, listApiTokens, revokeApiToken } from "@/server/services/api-token-service";

/** DESIGN §14: the signed-in user's tokens for the REST API (never reachable with a token itself). */
export const apiTokenRouter = createTRPCRouter({
  create: protectedProcedure
    .input(ZApiTokenCreateInput)
    .output(ZApiTokenCreated)
    .mutation(({ ctx, input }) => createApiToken(ctx.db, ctx.userId, input)),
  list: protectedProcedure
    .output(z.array(ZApiToken))
    .query(({ ctx }) => listApiTokens(ctx.db, ctx.userId)),
  revoke: protectedProcedure
    .input(ZApiTokenRevokeInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => revokeApiToken(ctx.db, ctx.userId, input.id)),
});
