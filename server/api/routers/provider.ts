import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import {
  ZCompareProvidersInput, ZCompareProvidersOutput, ZGetProviderInput, ZGetProviderOutput, ZListProvidersInput, ZListProvidersOutput,
} from "@/lib/schemas/provider-score";
import { ZProviderProductsInput, ZProviderProductsOutput } from "@/lib/schemas/provider-products";
import { getProvider, listProviders } from "@/server/services/provider-catalog";
import { providerProducts } from "@/server/services/provider-products";
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
  /** The provider's products (its own, then its listings), searched by name or venue and paged. */
  products: publicProcedure
    .input(ZProviderProductsInput)
    .output(ZProviderProductsOutput)
    .query(({ ctx, input }) => providerProducts(ctx.db, input)),
  compare: publicProcedure
    .input(ZCompareProvidersInput)
    .output(ZCompareProvidersOutput)
    .query(async ({ ctx, input }) => {
      const weights = await resolveWeights(ctx.db, input.weights, sessionUserId(ctx));
      return compareProviders(ctx.db, input.slugs, weights);
    }),
});
