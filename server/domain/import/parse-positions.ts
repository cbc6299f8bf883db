import { duplicateLabels, sortErrors } from "./labels";
import { readPosition } from "./position-record";
import { readTable } from "./read-table";
import type { ParsedRecords, PositionRecord } from "./types";

/** Positions CSV → records, with row errors; labels must not clash with `existingLabels`. */
export function parsePositionsCsv(text: string, existingLabels: ReadonlySet<string>): ParsedRecords<PositionRecord> {
  const table = readTable("positions", text, readPosition);
  const labels = table.sources.map(({ row, src }) => ({ row, label: src.text("label").trim() }));
  const clashes = duplicateLabels(labels, existingLabels);
  const clashing = new Set(clashes.map((e) => e.row));
  return {
    columns: table.columns,
    preview: table.preview,
    rowCount: table.rowCount,
    rows: table.rows.filter((r) => !clashing.has(r.row)),
    errors: sortErrors([...table.errors, ...clashes]),
  };
}
