import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { notFound } from "@/server/api/errors";
import { ZProviderDetail, ZProviderFilters, ZProviderSummary } from "@/lib/schemas/provider";
import { ProviderRepository } from "@/server/repositories/provider-repository";

export const providerRouter = createTRPCRouter({
  list: publicProcedure
    .input(z.object({ filters: ZProviderFilters.optional() }).optional())
    .output(z.array(ZProviderSummary))
    .query(({ ctx, input }) => new ProviderRepository(ctx.db).list(input?.filters ?? {})),
  get: publicProcedure
    .input(z.object({ slug: z.string().trim().toLowerCase().min(1).max(64) }))
    .output(ZProviderDetail)
    .query(async ({ ctx, input }) => {
      const provider = await new ProviderRepository(ctx.db).getBySlug(input.slug);
      if (!provider) throw notFound("Provider");
      return provider;
    }),
});
