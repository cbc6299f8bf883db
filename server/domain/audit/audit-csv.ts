/**
 * DESIGN §13: the audit log as CSV, one row per changed field (an entry that changed no field
 * still gets one row, its field empty). Cells are written by the import module's `writeCsv`
 * (papaparse, CRLF, BOM) which neutralises spreadsheet formulas (= + - @ tab CR get a leading ').
 */
import { writeCsv } from "@/server/domain/import/csv-text";
import { changePairs } from "./describe-entry";

export const AUDIT_CSV_HEADER = ["at", "user_email", "user_name", "action", "entity", "entity_id", "field", "before", "after"] as const;

export type AuditCsvEntry = {
  /** ISO time. */
  at: string;
  user: { name: string; email: string } | null;
  action: string;
  entity: string;
  entityId: string;
  changes: unknown;
};

/** A recorded value as a cell: text as written, nothing as empty, anything else as its JSON. */
export function auditCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  return JSON.stringify(value) ?? "";
}

/** The rows of one entry. */
export function auditCsvRows(entry: AuditCsvEntry): string[][] {
  const head = [entry.at, entry.user?.email ?? "", entry.user?.name ?? "", entry.action, entry.entity, entry.entityId];
  const pairs = changePairs(entry.changes);
  if (pairs.length === 0) return [[...head, "", "", ""]];
  return pairs.map(([field, before, after]) => [...head, field, auditCell(before), auditCell(after)]);
}

/** The CSV text of already-built rows (see auditCsvRows). */
export const auditCsvText = (rows: readonly (readonly string[])[]): string => writeCsv(AUDIT_CSV_HEADER, rows);

/** Entries → CSV text. */
export const auditCsv = (entries: readonly AuditCsvEntry[]): string => auditCsvText(entries.flatMap(auditCsvRows));

/** "DAO Treasury #2", 2026-01-05 → "dao-treasury-2-audit-2026-01-05.csv". */
export function auditCsvFilename(portfolioName: string, day: string, entity?: string): string {
  const slug = portfolioName.normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "portfolio";
  return `${slug}-audit${entity ? `-${entity.replace(/_/g, "-")}` : ""}-${day}.csv`;
}
