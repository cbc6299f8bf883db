import { createTRPCRouter, publicProcedure } from "@/server/api/trpc";
import { ZGetVenuesInput, ZGetVenuesOutput, ZVenueSearchInput, ZVenueSearchOutput } from "@/lib/schemas/venue";
import { findVenues, venuesBySlug } from "@/server/services/venue-service";

/** The venue catalog: public reference data, no user's data. */
export const venueRouter = createTRPCRouter({
  search: publicProcedure
    .input(ZVenueSearchInput)
    .output(ZVenueSearchOutput)
    .query(({ ctx, input }) => findVenues(ctx.db, input)),
  bySlugs: publicProcedure
    .input(ZGetVenuesInput)
    .output(ZGetVenuesOutput)
    .query(({ ctx, input }) => venuesBySlug(ctx.db, input.slugs)),
});
