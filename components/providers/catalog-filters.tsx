"use client";

import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { CLAIMS_MODELS, COVERAGE_TYPES } from "@/lib/schemas/values";
import { DEFAULT_CATALOG, type CatalogState } from "./catalog-url";
import { chainLabel, CLAIMS_MODEL_LABELS, COVERAGE_LABELS } from "./labels";
import { REGION_OPTIONS } from "./region-options";
import { RegionSelect } from "./region-select";

type Props = {
  state: CatalogState;
  onChange: (change: Partial<CatalogState>) => void;
  chains: string[];
  /** The signed-in user's region from settings, offered as a one-click filter. */
  userRegion: string | null;
};

const YES_NO = [{ value: "", label: "Any" }, { value: "yes", label: "Yes" }, { value: "no", label: "No" }] as const;

export function CatalogFilters({ state, onChange, chains, userRegion }: Props) {
  const clear = () => onChange({ ...DEFAULT_CATALOG, sort: state.sort, selected: state.selected });
  return (
    <form role="search" aria-label="Filter providers" className="flex flex-col gap-3" onSubmit={(e) => e.preventDefault()}>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <SelectField label="Coverage type" value={state.coverageType}
          onChange={(e) => onChange({ coverageType: e.target.value as CatalogState["coverageType"] })}>
          <option value="">Any</option>
          {COVERAGE_TYPES.map((t) => <option key={t} value={t}>{COVERAGE_LABELS[t]}</option>)}
        </SelectField>
        <SelectField label="Chain" value={state.chain} onChange={(e) => onChange({ chain: e.target.value })}>
          <option value="">Any</option>
          {chains.map((c) => <option key={c} value={c}>{chainLabel(c)}</option>)}
        </SelectField>
        <SelectField label="Claims model" value={state.claimsModel}
          onChange={(e) => onChange({ claimsModel: e.target.value as CatalogState["claimsModel"] })}>
          <option value="">Any</option>
          {CLAIMS_MODELS.map((m) => <option key={m} value={m}>{CLAIMS_MODEL_LABELS[m]}</option>)}
        </SelectField>
        <SelectField label="Status" value={state.status} onChange={(e) => onChange({ status: e.target.value as CatalogState["status"] })}>
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="wound_down">Wound down</option>
        </SelectField>
        <SelectField label="KYC required" value={state.kyc} onChange={(e) => onChange({ kyc: e.target.value as CatalogState["kyc"] })}>
          {YES_NO.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
        <SelectField label="Regulated" value={state.regulated} onChange={(e) => onChange({ regulated: e.target.value as CatalogState["regulated"] })}>
          {YES_NO.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </SelectField>
        <RegionSelect value={state.region} onChange={(region) => onChange({ region })} />
        <SelectField label="Sort by" value={state.sort} onChange={(e) => onChange({ sort: e.target.value as CatalogState["sort"] })}>
          <option value="score">Score, best first</option>
          <option value="name">Name, A–Z</option>
        </SelectField>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={clear}>Clear filters</Button>
        {userRegion && state.region !== userRegion && (
          <Button type="button" variant="ghost" onClick={() => onChange({ region: userRegion })}>
            Use my region ({REGION_OPTIONS.find((r) => r.code === userRegion)?.name ?? userRegion})
          </Button>
        )}
      </div>
    </form>
  );
}
