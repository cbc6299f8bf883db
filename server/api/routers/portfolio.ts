import { z } from "zod";
import { restRoute } from "@/server/api/rest-route";
import { createTRPCRouter, protectedProcedure, portfolioProcedure } from "@/server/api/trpc";
import { ZCreatePortfolioInput, ZPortfolio, ZUpdatePortfolioInput } from "@/lib/schemas/portfolio";
import { ZId } from "@/lib/schemas/primitives";
import {
  createPortfolio, deletePortfolio, getPortfolio, updatePortfolio,
} from "@/server/services/portfolio-service";
import { PortfolioRepository } from "@/server/repositories/portfolio-repository";
import { ZSummary, ZSummaryInput } from "@/lib/schemas/summary";
import { portfolioSummary } from "@/server/services/summary-service";
import { ZOverview, ZOverviewInput } from "@/lib/schemas/overview";
import { portfolioOverview } from "@/server/services/overview-service";
import { ZStatementInput, ZStatementOutput } from "@/lib/schemas/statement";
import { portfolioStatement } from "@/server/services/statement-service";
import { importExportProcedures } from "./import-export";

const ZIdInput = z.object({ id: ZId });

export const portfolioRouter = createTRPCRouter({
  list: protectedProcedure
    .meta(restRoute("GET", "/portfolios", "Portfolios you are a member of", "With a token for one portfolio, only that one."))
    .output(z.array(ZPortfolio))
    .query(async ({ ctx }) => {
      const all = await new PortfolioRepository(ctx.db).listForUser(ctx.userId);
      const only = ctx.apiToken?.portfolioId;
      return only ? all.filter((p) => p.id === only) : all;
    }),
  get: portfolioProcedure("read", "portfolio")
    .meta(restRoute("GET", "/portfolios/{id}", "A portfolio"))
    .input(ZIdInput)
    .output(ZPortfolio)
    .query(({ ctx, input }) => getPortfolio(ctx.db, ctx.userId, input.id)),
  create: protectedProcedure
    .input(ZCreatePortfolioInput)
    .output(ZPortfolio)
    .mutation(({ ctx, input }) => createPortfolio(ctx.db, ctx.userId, input)),
  update: portfolioProcedure("manage", "portfolio")
    .input(ZUpdatePortfolioInput)
    .output(ZPortfolio)
    .mutation(({ ctx, input }) => updatePortfolio(ctx.db, ctx.userId, input)),
  summary: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/summary", "Insured and uninsured exposure, per position and in total", "Every position with its exposure, cover and flags on a day (default today), and the portfolio's totals."))
    .input(ZSummaryInput)
    .output(ZSummary)
    .query(({ ctx, input }) => portfolioSummary(ctx.db, ctx.userId, input)),
  /** What the dashboard shows: totals, folded breakdowns, grouped alerts, the cover cliff and counts; no per-position detail. */
  overview: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/overview", "What the dashboard shows", "Totals, breakdowns by venue, chain and coverage type, grouped alerts and the cover cliff."))
    .input(ZOverviewInput)
    .output(ZOverview)
    .query(({ ctx, input }) => portfolioOverview(ctx.db, ctx.userId, input)),
  /** The coverage statement (figures as portfolio.summary's) as Markdown, CSV or JSON. */
  statement: portfolioProcedure("read", "portfolioId")
    .meta(restRoute("GET", "/portfolios/{portfolioId}/statement", "The coverage statement", "As Markdown, CSV or JSON (`format`), on a day (`asOf`, default today); figures equal the summary's to the cent."))
    .input(ZStatementInput)
    .output(ZStatementOutput)
    .query(({ ctx, input }) => portfolioStatement(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("manage", "portfolio")
    .input(ZIdInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deletePortfolio(ctx.db, ctx.userId, input.id)),
  ...importExportProcedures,
});
