import { readCsv } from "./csv-text";
import { checkHeader } from "./header";
import { MAX_IMPORT_ROWS, PREVIEW_ROWS } from "./limits";
import type { RecordResult } from "./position-record";
import { csvSource, type Source } from "./source";
import type { ImportKind, ParsedRecords, RowError } from "./types";

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Non-blank cells with no named column above them would be silently lost: name them. */
function strayCells(row: number, cells: readonly string[], columns: readonly string[]): RowError[] {
  const errors: RowError[] = [];
  cells.forEach((cell, i) => {
    if (cell.trim() === "" || columns[i]) return;
    const message = i >= columns.length
      ? 'This row has more cells than the header has columns: an amount with commas must be quoted ("1,000") or written 1000'
      : "This cell is in a column without a name in the header row";
    errors.push({ row, column: `column ${columnLetter(i)}`, message });
  });
  return errors;
}

export type TableRow = { row: number; src: Source };

/**
 * CSV text → validated records and row-level errors. `read` validates one row. When a
 * required column is missing, rows are not checked: every row would repeat the same error.
 */
export function readTable<T>(
  kind: ImportKind, text: string, read: (src: Source) => RecordResult<T>, maxRows = MAX_IMPORT_ROWS,
): ParsedRecords<T> & { sources: TableRow[] } {
  const table = readCsv(text, maxRows);
  const empty = { columns: [], preview: [], rowCount: 0, rows: [], sources: [] };
  if (!table.header) {
    return { ...empty, errors: [...table.errors, { row: null, column: null, message: "The file is empty: its first row must name the columns" }] };
  }
  const header = checkHeader(kind, table.header.cells);
  const errors: RowError[] = [...table.errors, ...header.errors];
  const preview = table.records.slice(0, PREVIEW_ROWS).map(({ row, cells }) => ({ row, cells }));
  const base = { columns: header.columns, preview, rowCount: table.records.length };
  if (table.records.length === 0 && table.errors.length === 0) {
    errors.push({ row: null, column: null, message: "The file has no rows under the header" });
  }
  if (header.missing.length > 0) return { ...base, rows: [], sources: [], errors };

  const rows: ParsedRecords<T>["rows"] = [];
  const sources: TableRow[] = [];
  const warnings: RowError[] = [];
  for (const { row, cells } of table.records) {
    errors.push(...strayCells(row, cells, header.columns));
    const src = csvSource(cells, header.index);
    sources.push({ row, src });
    const result = read(src);
    if (!result.issues) {
      rows.push({ row, record: result.record });
      for (const warning of result.warnings ?? []) warnings.push({ row, ...warning });
    } else for (const issue of result.issues) errors.push({ row, ...issue });
  }
  return { ...base, rows, sources, errors, warnings };
}
