import type { ImportKind, RowError } from "./types";

/**
 * Labels name positions (covers link them by label), so each must be unique in the portfolio:
 * a label used earlier in the file or already in the portfolio is an error of its row.
 */
export function duplicateLabels(
  rows: readonly { row: number; label: string }[], existing: ReadonlySet<string>, column = "label", section?: ImportKind,
): RowError[] {
  const firstRow = new Map<string, number>();
  const errors: RowError[] = [];
  for (const { row, label } of rows) {
    if (label === "") continue;
    const earlier = firstRow.get(label);
    if (existing.has(label)) {
      errors.push({ row, column, message: `A position labelled "${label}" already exists in this portfolio`, ...(section && { section }) });
    } else if (earlier !== undefined) {
      errors.push({ row, column, message: `The label "${label}" is already used on row ${earlier}`, ...(section && { section }) });
    } else {
      firstRow.set(label, row);
    }
  }
  return errors;
}

/** Errors in reading order: file-level first, then by row. */
export function sortErrors(errors: readonly RowError[]): RowError[] {
  return [...errors].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
