import { joinList } from "./cells";
import { columnsOf, COVER_COLUMNS, POSITION_COLUMNS } from "./columns";
import { writeCsv } from "./csv-text";
import type { CoverRecord, ImportKind, PositionRecord } from "./types";

/**
 * The export formats. CSV cells and JSON keys are written from the same column list the
 * importer reads, so importing an export gives back the same records.
 */

function at(record: object, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), record);
}

function toCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return joinList(value.map(String));
  return String(value);
}

export function recordCells(kind: ImportKind, record: PositionRecord | CoverRecord): string[] {
  return columnsOf(kind).map((c) => toCell(at(record, c.field)));
}

export function positionsCsv(records: readonly PositionRecord[]): string {
  return writeCsv(POSITION_COLUMNS.map((c) => c.name), records.map((r) => recordCells("positions", r)));
}

export function coversCsv(records: readonly CoverRecord[]): string {
  return writeCsv(COVER_COLUMNS.map((c) => c.name), records.map((r) => recordCells("covers", r)));
}

export const PORTFOLIO_JSON_FORMAT = "coverdesk.portfolio";

export type PortfolioJson = {
  format: typeof PORTFOLIO_JSON_FORMAT;
  version: 1;
  exportedAt: string;
  portfolio: { name: string; description: string | null };
  positions: PositionRecord[];
  covers: CoverRecord[];
};

export function portfolioJson(doc: Omit<PortfolioJson, "format" | "version">): string {
  const full: PortfolioJson = { format: PORTFOLIO_JSON_FORMAT, version: 1, ...doc };
  return `${JSON.stringify(full, null, 2)}\n`;
}
