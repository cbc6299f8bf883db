import type { TFlagCode, TSummaryPosition } from "@/lib/schemas/summary";
import { chainName } from "@/lib/chains";
import { VENUE_KINDS } from "@/lib/schemas/values";
import { decimalSortKey } from "./decimal-order";

/** What the positions table needs of a summary row; figures come from the server as they are. */
export type PositionRow = Pick<
  TSummaryPosition,
  "id" | "label" | "asset" | "chain" | "venue" | "venueName" | "venueKind" | "valueUsd" | "insuredUsd" | "uninsuredUsd" | "ratio" | "flags"
>;

export const SORT_KEYS = ["label", "asset", "chain", "venue", "value", "insured", "uninsured", "ratio", "flags"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
export type VenueKindFilter = (typeof VENUE_KINDS)[number] | "";
/** A flag code, "any" (at least one flag) or "" (no filter). */
export type FlagFilter = TFlagCode | "any" | "";

export type TableState = {
  q: string;
  venueKind: VenueKindFilter;
  chain: string;
  flag: FlagFilter;
  sort: SortKey;
  dir: SortDir;
  page: number;
};

export const PAGE_SIZE = 50;

/** Largest uninsured first: what needs attention leads. */
export const DEFAULT_STATE: TableState = { q: "", venueKind: "", chain: "", flag: "", sort: "uninsured", dir: "desc", page: 1 };

/** Names and slugs both: "lido", "Lido" and "ethereum" all find a Lido position on Ethereum. */
const textOf = (r: PositionRow) => `${r.label} ${r.asset} ${r.venue} ${r.venueName ?? "unlisted"} ${r.chain} ${chainName(r.chain)}`.toLowerCase();

export function filterRows(rows: readonly PositionRow[], state: Pick<TableState, "q" | "venueKind" | "chain" | "flag">): PositionRow[] {
  const terms = state.q.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (state.venueKind && r.venueKind !== state.venueKind) return false;
    if (state.chain && r.chain !== state.chain) return false;
    if (state.flag === "any" && r.flags.length === 0) return false;
    if (state.flag && state.flag !== "any" && !r.flags.some((f) => f.code === state.flag)) return false;
    if (terms.length === 0) return true;
    const text = textOf(r);
    return terms.every((t) => text.includes(t));
  });
}

// One collator for all comparisons: localeCompare with options builds a new one per call (slow at 2,000 rows).
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const byText = collator.compare;

const TEXT_KEYS: ReadonlySet<SortKey> = new Set(["label", "asset", "chain", "venue"]);

const sortKeyOf: Record<SortKey, (r: PositionRow) => string | number> = {
  label: (r) => r.label,
  asset: (r) => r.asset,
  chain: (r) => chainName(r.chain),
  venue: (r) => r.venueName ?? r.venue,
  value: (r) => decimalSortKey(r.valueUsd),
  insured: (r) => decimalSortKey(r.insuredUsd),
  uninsured: (r) => decimalSortKey(r.uninsuredUsd),
  ratio: (r) => r.ratio,
  flags: (r) => r.flags.length,
};

const byKey = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorted copy; ties fall back to the label, then the id, so the order never jumps. */
export function sortRows(rows: readonly PositionRow[], sort: SortKey, dir: SortDir): PositionRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const keyOf = sortKeyOf[sort];
  const primary = TEXT_KEYS.has(sort) ? (a: string | number, b: string | number) => byText(String(a), String(b)) : byKey;
  return rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((a, b) => sign * primary(a.key, b.key) || byText(a.row.label, b.row.label) || byKey(a.row.id, b.row.id))
    .map((k) => k.row);
}

export type PageOf<T> = { rows: T[]; page: number; pageCount: number; total: number; from: number; to: number };

/** One page of rows; an out-of-range page is clamped (a filter may have shrunk the list). */
export function paginate<T>(rows: readonly T[], page: number, size = PAGE_SIZE): PageOf<T> {
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const start = (current - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: current, pageCount, total, from: total === 0 ? 0 : start + 1, to: start + slice.length };
}

/** Filter, sort and cut a page: the whole table view in one call. */
export function tableView(rows: readonly PositionRow[], state: TableState, size = PAGE_SIZE): PageOf<PositionRow> {
  return paginate(sortRows(filterRows(rows, state), state.sort, state.dir), state.page, size);
}

/** Next sort after a click on a column: the same column flips, a new one starts in its natural direction. */
export function nextSort(state: Pick<TableState, "sort" | "dir">, key: SortKey): Pick<TableState, "sort" | "dir"> {
  if (state.sort === key) return { sort: key, dir: state.dir === "asc" ? "desc" : "asc" };
  const textual = key === "label" || key === "asset" || key === "chain" || key === "venue";
  return { sort: key, dir: textual ? "asc" : "desc" };
}

/** Chains present, and how many rows carry each flag: the options of the filters. */
export function facets(rows: readonly PositionRow[]): { chains: string[]; flags: Map<TFlagCode, number> } {
  const chains = new Set<string>();
  const flags = new Map<TFlagCode, number>();
  for (const r of rows) {
    chains.add(r.chain);
    for (const f of r.flags) flags.set(f.code, (flags.get(f.code) ?? 0) + 1);
  }
  return { chains: [...chains].sort((a, b) => byText(chainName(a), chainName(b))), flags };
}
