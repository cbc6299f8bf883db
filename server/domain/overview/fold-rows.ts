import { Decimal, formatMoney } from "@/server/domain/money";

type Row = { key: string; label: string; insuredUsd: string; uninsuredUsd: string };
export type FoldedRow = Row & { others: number };

/** Key of the row that stands for the folded groups; no slug or label can take it. */
export const OTHERS_KEY = "__others__";

const exposure = (r: Row) => new Decimal(r.insuredUsd).plus(r.uninsuredUsd);

/**
 * The `limit` − 1 largest groups by exposure (`by: "insured"` for providers), largest first, and one
 * "Others (n)" row with the exact sums of the rest; a list within the limit comes back whole.
 */
export function foldRows(rows: readonly Row[], limit: number, by: "exposure" | "insured" = "exposure"): FoldedRow[] {
  const size = by === "insured" ? (r: Row) => new Decimal(r.insuredUsd) : exposure;
  const sorted = rows
    .map((r) => ({ row: r, size: size(r) }))
    .sort((a, b) => b.size.comparedTo(a.size) || a.row.label.localeCompare(b.row.label))
    .map(({ row }) => ({ ...row, others: 0 }));
  if (sorted.length <= limit) return sorted;
  const kept = sorted.slice(0, limit - 1);
  const rest = sorted.slice(limit - 1);
  const sum = (pick: (r: Row) => string) => formatMoney(rest.reduce((total, r) => total.plus(pick(r)), new Decimal(0)));
  return [...kept, { key: OTHERS_KEY, label: `Others (${rest.length})`, insuredUsd: sum((r) => r.insuredUsd), uninsuredUsd: sum((r) => r.uninsuredUsd), others: rest.length }];
}
