import { createTRPCRouter, portfolioProcedure } from "@/server/api/trpc";
import { ZAuditExport, ZAuditExportInput, ZAuditList, ZAuditListInput } from "@/lib/schemas/audit";
import { exportAuditCsv, listAudit } from "@/server/services/audit-service";

/**
 * DESIGN §13: a portfolio's audit log, for every member (viewers too). "read" adds no check of
 * its own: the service checks membership and filters every query by it (NOT_FOUND for others).
 */
export const auditRouter = createTRPCRouter({
  list: portfolioProcedure("read", "portfolioId")
    .input(ZAuditListInput)
    .output(ZAuditList)
    .query(({ ctx, input }) => listAudit(ctx.db, ctx.userId, input)),
  exportCsv: portfolioProcedure("read", "portfolioId")
    .input(ZAuditExportInput)
    .output(ZAuditExport)
    .query(({ ctx, input }) => exportAuditCsv(ctx.db, ctx.userId, input)),
});
