import { VENUE_KINDS } from "@/lib/schemas/values";
import { FLAG_CODES } from "./flag-labels";
import { DEFAULT_STATE, SORT_KEYS, type FlagFilter, type SortKey, type TableState, type VenueKindFilter } from "./table-model";

type Params = { get(name: string): string | null };

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  options.find((o) => o === value);

/** The table state kept in the address, so a filtered view survives a visit to a position and back. */
export function parseTableState(params: Params): TableState {
  const page = Number(params.get("page"));
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    venueKind: oneOf<VenueKindFilter>(VENUE_KINDS, params.get("kind")) ?? DEFAULT_STATE.venueKind,
    chain: (params.get("chain") ?? "").slice(0, 64),
    flag: oneOf<FlagFilter>([...FLAG_CODES, "any"], params.get("flag")) ?? DEFAULT_STATE.flag,
    sort: oneOf<SortKey>(SORT_KEYS, params.get("sort")) ?? DEFAULT_STATE.sort,
    dir: oneOf(["asc", "desc"] as const, params.get("dir")) ?? DEFAULT_STATE.dir,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Only what differs from the default, so a plain visit keeps a plain address. */
export function serializeTableState(state: TableState): string {
  const out = new URLSearchParams();
  if (state.q) out.set("q", state.q);
  if (state.venueKind) out.set("kind", state.venueKind);
  if (state.chain) out.set("chain", state.chain);
  if (state.flag) out.set("flag", state.flag);
  if (state.sort !== DEFAULT_STATE.sort || state.dir !== DEFAULT_STATE.dir) {
    out.set("sort", state.sort);
    out.set("dir", state.dir);
  }
  if (state.page > 1) out.set("page", String(state.page));
  return out.toString();
}
