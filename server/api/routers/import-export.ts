import { portfolioProcedure } from "@/server/api/trpc";
import { IMPORT_BODY_LIMIT_BYTES } from "@/server/http/body-limits";
import { ZExportInput, ZExportOutput, ZImportCsvInput, ZImportCsvOutput } from "@/lib/schemas/import-export";
import { exportPortfolio } from "@/server/services/export-service";
import { importPortfolioFile } from "@/server/services/import-service";

/** `portfolio.importCsv` and `portfolio.export`, spread into the portfolio router. */
export const importExportProcedures = {
  importCsv: portfolioProcedure("write", "portfolioId")
    .meta({ maxBodyBytes: IMPORT_BODY_LIMIT_BYTES })
    .input(ZImportCsvInput)
    .output(ZImportCsvOutput)
    .mutation(({ ctx, input }) => importPortfolioFile(ctx.db, ctx.userId, input)),
  export: portfolioProcedure("read", "portfolioId")
    .input(ZExportInput)
    .output(ZExportOutput)
    .query(({ ctx, input }) => exportPortfolio(ctx.db, ctx.userId, input)),
};
