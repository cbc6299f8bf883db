import Papa from "papaparse";
import type { RowError } from "./types";

/**
 * Cells a spreadsheet would run as a formula (= + - @, tab, CR), and cells that already look
 * escaped, get a leading apostrophe on export; import removes exactly one. Escaping the
 * already-escaped keeps the pair a bijection: every text survives a round trip unchanged.
 *
 * The same holds after every separator inside a cell (comma, semicolon, tab, CR, LF): a
 * spreadsheet whose locale splits on another separator than the file's would start a new cell
 * there, so `a;=1+1` is written `a;'=1+1` (and quoted, see NEEDS_QUOTES).
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const INNER_FORMULA = /([,;\t\r\n])('*[=+\-@])/g;
const INNER_ESCAPED = /([,;\t\r\n])'('*[=+\-@])/g;

export const escapeFormula = (cell: string): string => {
  const inner = cell.replace(INNER_FORMULA, "$1'$2");
  return NEEDS_ESCAPE.test(inner) ? `'${inner}` : inner;
};
export const unescapeFormula = (cell: string): string =>
  (ESCAPED.test(cell) ? cell.slice(1) : cell).replace(INNER_ESCAPED, "$1$2");

/** Quoted whatever the file's delimiter: any separator a locale might use, quotes, line breaks, edge spaces, escapes. */
const NEEDS_QUOTES = /[,;\t\r\n"]|^\s|\s$|^'/;

export type CsvRecord = { row: number; cells: string[] };
export type CsvTable = { header: CsvRecord | null; records: CsvRecord[]; errors: RowError[] };

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** The delimiter is read from the header line: comma, semicolon or tab, whichever occurs most. */
function detectDelimiter(text: string): string {
  const start = text.trimStart();
  const firstLine = start.slice(0, start.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function papaMessage(code: string, fallback: string): string {
  if (code === "MissingQuotes") return 'A quoted cell is not closed: check the quote marks (") on this row';
  if (code === "InvalidQuotes") return 'Stray quote mark (") inside a cell: double it ("") or quote the whole cell';
  return fallback;
}

/**
 * Splits CSV text into records numbered as a spreadsheet numbers its rows (blank lines count,
 * a quoted multi-line cell is one row). Blank records are dropped; the first non-blank one is
 * the header. Stops with a file error past `maxRows` data rows.
 */
export function readCsv(text: string, maxRows: number): CsvTable {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), header: false, skipEmptyLines: false });
  const errors: RowError[] = parsed.errors.map((e) => ({
    row: e.row === undefined ? null : e.row + 1,
    column: null,
    message: papaMessage(e.code, e.message),
  }));
  let header: CsvRecord | null = null;
  const records: CsvRecord[] = [];
  for (let i = 0; i < parsed.data.length; i++) {
    const cells = parsed.data[i] ?? [];
    if (isBlank(cells)) continue;
    const record = { row: i + 1, cells: cells.map(unescapeFormula) };
    if (!header) {
      header = record;
      continue;
    }
    if (records.length === maxRows) {
      return { header, records: [], errors: [{ row: null, column: null, message: `The file has more than ${maxRows.toLocaleString("en-US")} rows: split it into several files` }] };
    }
    records.push(record);
  }
  return { header, records, errors };
}

/** RFC 4180 CSV with CRLF line ends and a BOM, so spreadsheets read unicode labels right. */
export function writeCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const csv = Papa.unparse(
    { fields: header.map(escapeFormula), data: rows.map((r) => r.map(escapeFormula)) },
    { newline: "\r\n", quotes: (value: unknown) => typeof value === "string" && NEEDS_QUOTES.test(value) },
  );
  return `\uFEFF${csv}\r\n`;
}
