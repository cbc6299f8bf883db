import { z } from "zod";
import { AUDIT_ENTITIES } from "@/server/domain/audit/changes";
import { ZId } from "./primitives";

/** DESIGN §13: a page of the audit log holds 1–100 entries, 50 unless asked. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 100;
/** The CSV export stops at this many rows (one per changed field), newest first. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

export const ZAuditEntity = z.enum(AUDIT_ENTITIES, { error: `Unknown entity: use one of ${AUDIT_ENTITIES.join(", ")}` });

export const ZAuditListInput = z.object({
  portfolioId: ZId,
  /** The previous page's nextCursor. */
  cursor: z.string().max(200, "Not a valid cursor").optional(),
  entity: ZAuditEntity.optional(),
  limit: z.number().int().min(1, "At least 1").max(AUDIT_PAGE_MAX, `At most ${AUDIT_PAGE_MAX}`).optional(),
});
export type TAuditListInput = z.infer<typeof ZAuditListInput>;

export const ZAuditUser = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type TAuditUser = z.infer<typeof ZAuditUser>;

/** { field: [before, after] }: JSON values as written (dates as ISO text, amounts as decimal text). */
export const ZAuditChanges = z.record(z.string(), z.tuple([z.unknown(), z.unknown()]));

export const ZAuditItem = z.object({
  id: z.string(),
  /** When it was written (ISO). */
  at: z.string(),
  /** Who wrote it; null once their account is deleted. */
  user: ZAuditUser.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  changes: ZAuditChanges,
  /** A human name for the row (a position's label, a cover's product, a member's e-mail); null when none is known. */
  subject: z.string().nullable(),
});
export type TAuditItem = z.infer<typeof ZAuditItem>;

export const ZAuditList = z.object({
  /** Newest first (time, then id). */
  items: z.array(ZAuditItem),
  /** Pass as cursor for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TAuditList = z.infer<typeof ZAuditList>;

export const ZAuditExportInput = z.object({ portfolioId: ZId, entity: ZAuditEntity.optional() });
export type TAuditExportInput = z.infer<typeof ZAuditExportInput>;

export const ZAuditExport = z.object({
  filename: z.string(),
  contentType: z.literal("text/csv"),
  content: z.string(),
  rowCount: z.number().int(),
  /** Set when the file stops at AUDIT_EXPORT_MAX_ROWS: what was left out. */
  note: z.string().nullable(),
});
export type TAuditExport = z.infer<typeof ZAuditExport>;
