import { duplicateLabels, sortErrors } from "./labels";
import { readPosition } from "./position-record";
import { readTable } from "./read-table";
import type { VenueResolver } from "@/server/domain/venues";
import type { ParsedRecords, PositionRecord } from "./types";

/**
 * Positions CSV → records, with row errors and warnings; labels must not clash with
 * `existingLabels`; venues are resolved through `venues` when given.
 */
export function parsePositionsCsv(text: string, existingLabels: ReadonlySet<string>, venues?: VenueResolver): ParsedRecords<PositionRecord> {
  const table = readTable("positions", text, (src) => readPosition(src, venues));
  const labels = table.sources.map(({ row, src }) => ({ row, label: src.text("label").trim() }));
  const clashes = duplicateLabels(labels, existingLabels);
  const clashing = new Set(clashes.map((e) => e.row));
  return {
    columns: table.columns,
    preview: table.preview,
    rowCount: table.rowCount,
    rows: table.rows.filter((r) => !clashing.has(r.row)),
    errors: sortErrors([...table.errors, ...clashes]),
    warnings: (table.warnings ?? []).filter((w) => !clashing.has(w.row ?? -1)),
  };
}
