import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import {
  ZCompareProvidersInput, ZCompareProvidersOutput, ZGetProviderInput, ZGetProviderOutput, ZListProvidersInput, ZListProvidersOutput,
} from "@/lib/schemas/provider-score";
import { getProvider, listProviders } from "@/server/services/provider-catalog";
import { compareProviders } from "@/server/services/provider-compare";
import { resolveWeights } from "@/server/services/provider-ranking";
import type { Context } from "@/server/api/trpc";

/** The session is read only when no weights were passed: an explicit `weights` input wins. */
const sessionUserId = (ctx: Context) => async () => (await ctx.getSessionUser())?.id ?? null;

export const providerRouter = createTRPCRouter({
  list: publicProcedure
    .input(ZListProvidersInput)
    .output(ZListProvidersOutput)
    .query(async ({ ctx, input }) => {
      const weights = await resolveWeights(ctx.db, input?.weights, sessionUserId(ctx));
      return listProviders(ctx.db, input?.filters ?? {}, weights);
    }),
  get: publicProcedure
    .input(ZGetProviderInput)
    .output(ZGetProviderOutput)
    .query(async ({ ctx, input }) => getProvider(ctx.db, input.slug, await resolveWeights(ctx.db, undefined, sessionUserId(ctx)))),
  compare: publicProcedure
    .input(ZCompareProvidersInput)
    .output(ZCompareProvidersOutput)
    .query(async ({ ctx, input }) => {
      const weights = await resolveWeights(ctx.db, input.weights, sessionUserId(ctx));
      return compareProviders(ctx.db, input.slugs, weights);
    }),
});
