import type { SortDir, SortKey } from "./table-model";

type SortHeaderProps = {
  label: string;
  column: SortKey;
  sort: SortKey;
  dir: SortDir;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  className?: string;
};

export function SortHeader({ label, column, sort, dir, onSort, numeric = false, className = "" }: SortHeaderProps) {
  const active = sort === column;
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-2 py-2 font-medium ${numeric ? "text-right" : "text-left"} ${className}`}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        title={active ? `Sorted ${dir === "asc" ? "ascending" : "descending"}: click to reverse` : `Sort by ${label.toLowerCase()}`}
        className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${numeric ? "flex-row-reverse" : ""} ${active ? "font-semibold underline decoration-2 underline-offset-4" : ""}`}
      >
        {label}
        {/* The sorted column shows its direction; the others a faint two-way arrow, never a direction they do not have. */}
        <span aria-hidden="true" className={active ? "" : "opacity-40"}>{active ? (dir === "asc" ? "↑" : "↓") : "↕"}</span>
      </button>
    </th>
  );
}
