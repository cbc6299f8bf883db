/**
 * A string that sorts like the non-negative decimal it encodes ("80000.00", "1250.5") under
 * plain string comparison: exact, never a float, so a sort on money cannot disagree with the
 * figures shown. Computed once per row, so a sort of 2,000 rows does not re-parse amounts at
 * every comparison. Exact for up to 20 integer and 10 decimal digits (money is at most 14 and 8).
 */
export function decimalSortKey(value: string): string {
  const [int = "", frac = ""] = value.split(".");
  return `${int.replace(/^0+/, "").padStart(20, "0")}.${frac.padEnd(10, "0")}`;
}
