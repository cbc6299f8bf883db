"use client";

import { useState, type FormEvent } from "react";
import { useFormFields } from "@/components/positions/use-form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { TSettings } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { profileValues, regionName, toProfileInput, validateProfile, type ProfileValues } from "./settings-form-model";
import { CountrySelect } from "./country-select";
import { useSettingsSave } from "./use-settings-save";

/** Name, region, KYC willingness and target ratio: what eligibility and suggested amounts follow. */
export function ProfileForm({ settings }: { settings: TSettings }) {
  const save = useSettingsSave();
  const form = useFormFields<ProfileValues>(profileValues(settings), validateProfile);
  const [saved, setSaved] = useState(false);
  const server = formErrors(save.error);
  const { values, set, touch, errorFor } = form;
  const region = regionName(values.region);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!form.submit()) return;
    save.mutate(toProfileInput(values), { onSuccess: () => setSaved(true) });
  };
  const text = (field: "name" | "targetPct", errorKey: string = field) => ({
    value: values[field],
    onChange: (e: { target: { value: string } }) => { setSaved(false); set(field, e.target.value, errorKey); touch(errorKey); },
    onBlur: () => touch(errorKey),
    error: errorFor(errorKey, server.fields),
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="profile-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="profile-heading" className="text-lg font-semibold">You and your target</h2>
      <FormMessage message={save.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="name" {...text("name")} />
        <CountrySelect value={values.region} error={errorFor("region", server.fields)}
          hint={values.region.trim() === "" ? "Not set: products that exclude some countries are shown with a warning" : `Suggestions leave out products not offered in ${region ?? values.region}`}
          onChange={(code) => { setSaved(false); set("region", code); touch("region"); }} onBlur={() => touch("region")} />
        <TextField label="Target coverage (%)" inputMode="decimal" autoComplete="off"
          hint="The share of each risk you want insured; suggestions fill the gap to it" {...text("targetPct", "targetRatio")} />
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium">KYC</legend>
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" className="h-4 w-4" checked={values.kycOk} onChange={(e) => { setSaved(false); set("kycOk", e.target.checked); }} />
            I am willing to complete KYC (identity checks)
          </label>
          <p className="text-xs text-[var(--muted)]">Unticked: products that require KYC are left out of suggestions.</p>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>{save.isPending ? "Saving…" : "Save"}</Button>
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Saved. Suggestions now follow these settings.</p>}
      </div>
    </form>
  );
}
