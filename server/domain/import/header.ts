import { columnsOf, IGNORED_ON_IMPORT, normalizeHeader } from "./columns";
import type { ImportKind, RowError } from "./types";

export type HeaderCheck = {
  /** Header cells in file order: known columns by canonical name, others as written. */
  columns: string[];
  /** Known column name → its index in a row. */
  index: ReadonlyMap<string, number>;
  /** Required columns the header lacks. */
  missing: string[];
  errors: RowError[];
};

/** Names unknown, missing and repeated columns (all errors of row 1); the export's name columns are read past. */
export function checkHeader(kind: ImportKind, cells: readonly string[]): HeaderCheck {
  const specs = columnsOf(kind);
  const known = specs.map((s) => s.name);
  const index = new Map<string, number>();
  const errors: RowError[] = [];
  // Known columns by their canonical name; others as written, so the user recognises them.
  const columns = cells.map((cell) => {
    const name = normalizeHeader(cell);
    return known.includes(name) ? name : cell.trim();
  });
  cells.forEach((cell, i) => {
    const name = normalizeHeader(cell);
    const shown = cell.trim();
    // Spreadsheets often add empty trailing columns: unnamed ones are checked row by row.
    if (shown === "" || IGNORED_ON_IMPORT[kind].includes(name)) return;
    if (!known.includes(name)) {
      errors.push({ row: 1, column: shown, message: unknownMessage(shown, name, known) });
    } else if (index.has(name)) {
      errors.push({ row: 1, column: shown, message: `Column "${name}" appears twice` });
    } else {
      index.set(name, i);
    }
  });
  const missing = specs.filter((s) => s.required && !index.has(s.name)).map((s) => s.name);
  for (const name of missing) errors.push({ row: 1, column: name, message: `Required column "${name}" is missing` });
  return { columns, index, missing, errors };
}

function unknownMessage(shown: string, name: string, known: readonly string[]): string {
  const near = known.find((k) => editDistance(k, name) <= 2);
  const hint = near ? `did you mean "${near}"?` : `known columns: ${known.join(", ")}`;
  return `Unknown column "${shown}": ${hint}`;
}

/** Levenshtein distance; header names are short, so the quadratic table is fine. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = curr;
  }
  return prev[b.length] ?? 0;
}
