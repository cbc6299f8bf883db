import { memo } from "react";
import { PositionRow } from "./position-row";
import { SortHeader } from "./sort-header";
import type { PositionRow as Row, SortKey, TableState } from "./table-model";

type PositionsTableProps = Pick<TableState, "sort" | "dir"> & {
  rows: Row[];
  onSort: (key: SortKey) => void;
  onEdit: (id: string) => void;
  onDelete: (row: Row) => void;
};

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "asset", label: "Asset" },
  { key: "chain", label: "Chain" },
  { key: "venue", label: "Venue" },
  { key: "value", label: "Value", numeric: true },
  { key: "insured", label: "Insured", numeric: true },
  { key: "uninsured", label: "Uninsured", numeric: true },
  { key: "ratio", label: "Insured %", numeric: true },
  { key: "flags", label: "Flags" },
];

/**
 * The table scrolls sideways inside its own box when narrow; the label column stays put.
 * Memoised: a keystroke in the search box re-renders it only once the filtered rows change.
 */
export const PositionsTable = memo(function PositionsTable({ rows, sort, dir, onSort, onEdit, onDelete }: PositionsTableProps) {
  const state = { sort, dir };
  return (
    <div role="region" aria-label="Positions table" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)]">
      <table className="w-full min-w-[900px] border-collapse text-sm">
        <caption className="sr-only">Positions, sorted by {sort} {dir === "asc" ? "ascending" : "descending"}</caption>
        <thead className="bg-[var(--card)]">
          <tr>
            <SortHeader label="Position" column="label" {...state} onSort={onSort} className="sticky left-0 z-[1] bg-[var(--card)]" />
            {COLUMNS.map((c) => <SortHeader key={c.key} label={c.label} column={c.key} numeric={c.numeric} {...state} onSort={onSort} />)}
            <th scope="col" className="px-2 py-2 text-left font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => <PositionRow key={row.id} row={row} onEdit={onEdit} onDelete={onDelete} />)}
        </tbody>
      </table>
    </div>
  );
});
