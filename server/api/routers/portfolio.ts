import { z } from "zod";
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
    .output(z.array(ZPortfolio))
    .query(({ ctx }) => new PortfolioRepository(ctx.db).listForUser(ctx.userId)),
  get: portfolioProcedure("read", "portfolio")
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
    .input(ZSummaryInput)
    .output(ZSummary)
    .query(({ ctx, input }) => portfolioSummary(ctx.db, ctx.userId, input)),
  /** What the dashboard shows: totals, folded breakdowns, grouped alerts, the cover cliff and counts; no per-position detail. */
  overview: portfolioProcedure("read", "portfolioId")
    .input(ZOverviewInput)
    .output(ZOverview)
    .query(({ ctx, input }) => portfolioOverview(ctx.db, ctx.userId, input)),
  /** The coverage statement (figures as portfolio.summary's) as Markdown, CSV or JSON. */
  statement: portfolioProcedure("read", "portfolioId")
    .input(ZStatementInput)
    .output(ZStatementOutput)
    .query(({ ctx, input }) => portfolioStatement(ctx.db, ctx.userId, input)),
  delete: portfolioProcedure("manage", "portfolio")
    .input(ZIdInput)
    .output(z.object({ id: z.string() }))
    .mutation(({ ctx, input }) => deletePortfolio(ctx.db, ctx.userId, input.id)),
  ...importExportProcedures,
});
