import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import {
  ZApplyInput, ZApplyOutput, ZForPortfolioInput, ZForPortfolioOutput, ZForPositionInput, ZForPositionOutput,
  ZOptimizeBudgetInput, ZOptimizeBudgetOutput,
} from "@/lib/schemas/recommendation";
import { applySuggestions } from "@/server/services/recommendation-apply-service";
import { optimizePortfolioBudget } from "@/server/services/recommendation-budget-service";
import { recommendForPortfolio, recommendForPosition } from "@/server/services/recommendation-service";

/** DESIGN §5: what to buy, how much and why; the budget optimizer; suggestions to draft covers. */
export const recommendationRouter = createTRPCRouter({
  forPosition: portfolioProcedure("read", "positionId")
    .input(ZForPositionInput)
    .output(ZForPositionOutput)
    .query(({ ctx, input }) => recommendForPosition(ctx.db, ctx.userId, input)),
  forPortfolio: portfolioProcedure("read", "portfolioId")
    .input(ZForPortfolioInput)
    .output(ZForPortfolioOutput)
    .query(({ ctx, input }) => recommendForPortfolio(ctx.db, ctx.userId, input)),
  optimizeBudget: portfolioProcedure("read", "portfolioId")
    .input(ZOptimizeBudgetInput)
    .output(ZOptimizeBudgetOutput)
    .mutation(({ ctx, input }) => optimizePortfolioBudget(ctx.db, ctx.userId, input)),
  // "apply" is a reserved word in tRPC routers (Function.prototype.apply on the client proxy).
  applySuggestions: portfolioProcedure("write", "portfolioId")
    .input(ZApplyInput)
    .output(ZApplyOutput)
    .mutation(({ ctx, input }) => applySuggestions(ctx.db, ctx.userId, input)),
});
