/** Reading and writing single cells: amounts, lists and optional values. */

const GROUPED_AMOUNT = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Spreadsheets format amounts as "$1,250,000.50": a leading $ and commas strictly between
 * groups of three digits are accepted and removed. Anything else ("1,5", "1.000,50") is left
 * for the shared money schema to reject, so a decimal comma is never misread.
 */
export function normalizeAmount(cell: string): string {
  const s = cell.trim().replace(/^\$\s*/, "");
  return GROUPED_AMOUNT.test(s) ? s.replaceAll(",", "") : s;
}

export const optional = (cell: string): string | null => (cell.trim() === "" ? null : cell.trim());

/** Items separated by | — or by ; when the cell has no | (so a label may contain ;). */
export function splitList(cell: string): string[] {
  const sep = cell.includes("|") ? "|" : ";";
  return cell.split(sep).map((s) => s.trim()).filter((s) => s !== "");
}

/** The inverse of splitList for items without "|"; a lone item containing ";" keeps a trailing "|". */
export function joinList(items: readonly string[]): string {
  const cell = items.join(" | ");
  return items.length === 1 && cell.includes(";") ? `${cell} |` : cell;
}

/** A whole number of days, or the text itself so the schema names the problem. */
export function wholeNumber(cell: string): number | string | null {
  const s = cell.trim();
  if (s === "") return null;
  return /^-?\d{1,9}$/.test(s) ? Number(s) : s;
}
