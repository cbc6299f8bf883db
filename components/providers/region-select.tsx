"use client";

import { SelectField } from "@/components/ui/field";
import { REGION_OPTIONS } from "./region-options";
import { useHydrated } from "./use-hydrated";

/**
 * Country names come from the runtime's ICU data, which differs between Node and the browser
 * ("Falkland Islands" vs "Falkland Islands (Islas Malvinas)"): the list is rendered in the browser only.
 */
export function RegionSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const hydrated = useHydrated();
  const options = hydrated ? REGION_OPTIONS : REGION_OPTIONS.filter((r) => r.code === value).map((r) => ({ ...r, name: r.code }));
  return (
    <SelectField label="Your region" value={value} onChange={(e) => onChange(e.target.value)} hint="Hides providers that exclude it">
      <option value="">Any</option>
      {options.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
    </SelectField>
  );
}
