"use client";

import { useHydrated } from "@/components/providers/use-hydrated";
import { REGION_OPTIONS } from "@/components/providers/region-options";
import { SelectField } from "@/components/ui/field";

type CountrySelectProps = { value: string; onChange: (code: string) => void; onBlur: () => void; error?: string; hint?: string };

/**
 * The user's country by name; the value stays its ISO 3166-1 alpha-2 code. Names come from the
 * browser's ICU data (Node's differ), so before hydration the chosen code alone is rendered.
 */
export function CountrySelect({ value, onChange, onBlur, error, hint }: CountrySelectProps) {
  const hydrated = useHydrated();
  const code = value.trim().toUpperCase();
  const known = REGION_OPTIONS.some((r) => r.code === code);
  const options = hydrated ? REGION_OPTIONS : REGION_OPTIONS.filter((r) => r.code === code).map((r) => ({ ...r, name: r.code }));
  return (
    <SelectField label="Country or region" name="region" value={code} error={error} hint={hint}
      onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
      <option value="">Not set</option>
      {code !== "" && !known && <option value={code}>{code} (not a known country code)</option>}
      {options.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
    </SelectField>
  );
}
