import type { ReactNode } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { VENUE_KINDS } from "@/lib/schemas/values";
import type { TFlagCode } from "@/lib/schemas/summary";
import { FLAG_CODES, FLAG_LABELS } from "./flag-labels";
import type { FlagFilter, TableState, VenueKindFilter } from "./table-model";
import { chainName } from "@/lib/chains";
import { VENUE_KIND_LABELS } from "./kind-labels";

type Filters = Pick<TableState, "q" | "venueKind" | "chain" | "flag">;

type PositionsFiltersProps = {
  state: Filters;
  chains: string[];
  flagCounts: Map<TFlagCode, number>;
  onChange: (next: Partial<Filters>) => void;
  /** Extra controls in the same grid (the sort select of the card view). */
  children?: ReactNode;
};

export function PositionsFilters({ state, chains, flagCounts, onChange, children }: PositionsFiltersProps) {
  const active = state.q || state.venueKind || state.chain || state.flag;
  return (
    <div role="search" aria-label="Filter positions" className="grid grid-cols-2 items-end gap-3 lg:grid-cols-[2fr_1fr_1fr_1fr_auto]">
      <div className="col-span-2 lg:col-span-1">
        <TextField label="Search positions" type="search" placeholder="Label, asset, venue or chain" value={state.q} autoComplete="off"
          onChange={(e) => onChange({ q: e.target.value })} />
      </div>
      <SelectField label="Held at" value={state.venueKind} onChange={(e) => onChange({ venueKind: e.target.value as VenueKindFilter })}>
        <option value="">All kinds</option>
        {VENUE_KINDS.map((k) => <option key={k} value={k}>{VENUE_KIND_LABELS[k]}</option>)}
      </SelectField>
      <SelectField label="Chain" value={state.chain} onChange={(e) => onChange({ chain: e.target.value })}>
        <option value="">All chains</option>
        {chains.map((c) => <option key={c} value={c}>{chainName(c)}</option>)}
        {state.chain && !chains.includes(state.chain) && <option value={state.chain}>{chainName(state.chain)}</option>}
      </SelectField>
      <SelectField label="Flag" value={state.flag} onChange={(e) => onChange({ flag: e.target.value as FlagFilter })}>
        <option value="">Any or none</option>
        <option value="any">Any flag</option>
        {FLAG_CODES.map((f) => <option key={f} value={f}>{FLAG_LABELS[f]} ({flagCounts.get(f) ?? 0})</option>)}
      </SelectField>
      {children}
      {active && (
        <button type="button" onClick={() => onChange({ q: "", venueKind: "", chain: "", flag: "" })}
          className="min-h-10 justify-self-start rounded-md px-3 text-sm text-[var(--accent)] underline-offset-2 hover:underline">
          Clear filters
        </button>
      )}
    </div>
  );
}
