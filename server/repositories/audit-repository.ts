import type { Prisma } from "@/server/db/generated/client";
import type { AuditAction, AuditChanges, AuditEntity } from "@/server/domain/audit/changes";

export type AuditWrite = {
  portfolioId: string;
  userId: string | null;
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  changes: AuditChanges;
};

/**
 * Appends to the portfolio's audit log. Call it with the transaction client of the write it
 * records: the entry exists if and only if the write committed.
 */
export async function appendAudit(tx: Prisma.TransactionClient, entries: AuditWrite | readonly AuditWrite[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditWrite];
  if (list.length === 0) return;
  await tx.auditEntry.createMany({ data: list.map((e) => ({ ...e, changes: e.changes as Prisma.InputJsonObject })) });
}
