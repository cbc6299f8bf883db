import { protectedProcedure } from "@/server/api/trpc";
import { ZExportInput, ZExportOutput, ZImportCsvInput, ZImportCsvOutput } from "@/lib/schemas/import-export";
import { exportPortfolio } from "@/server/services/export-service";
import { importPortfolioFile } from "@/server/services/import-service";

/** `portfolio.importCsv` and `portfolio.export`, spread into the portfolio router. */
export const importExportProcedures = {
  importCsv: protectedProcedure
    .input(ZImportCsvInput)
    .output(ZImportCsvOutput)
    .mutation(({ ctx, input }) => importPortfolioFile(ctx.db, ctx.userId, input)),
  export: protectedProcedure
    .input(ZExportInput)
    .output(ZExportOutput)
    .query(({ ctx, input }) => exportPortfolio(ctx.db, ctx.userId, input)),
};
