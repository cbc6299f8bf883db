import { z } from "zod";
import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZCreateQuoteInput, ZQuote, ZQuoteDeleteInput, ZQuoteListInput } from "@/lib/schemas/quote";
import { createQuote, deleteQuote, listQuotes } from "@/server/services/quote-service";

/** DESIGN §10: prices a provider quoted the user; a valid one prices its product everywhere. */
export const quoteRouter = createTRPCRouter({
  create: portfolioProcedure("write", "portfolioId")
    .input(ZCreateQuoteInput)
    .output(ZQuote)
    .mutation(({ ctx, input }) => createQuote(ctx.db, ctx.userId, input)),
  list: portfolioProcedure("read", "portfolioId")
    .input(ZQuoteListInput)
    .output(z.array(ZQuote))
    .query(({ ctx, input }) => listQuotes(ctx.db, ctx.userId, input.portfolioId)),
  delete: portfolioProcedure("write", "quote")
    .input(ZQuoteDeleteInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deleteQuote(ctx.db, ctx.userId, input.id)),
});
