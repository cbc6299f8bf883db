"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { INCIDENT_LOOKBACK_DEFAULT, type TSettings } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { useSettingsSave } from "./use-settings-save";

/** "2,000" → 2000; null unless a whole number of days from 1 to 3,650. */
export function parseLookbackDays(raw: string): number | null {
  const v = raw.trim().replace(/[,\s_]/g, "");
  if (!/^\d{1,4}$/.test(v)) return null;
  const n = Number(v);
  return n >= 1 && n <= 3650 ? n : null;
}

/** DESIGN §11: how far back an incident on a venue you hold still raises an alert. */
export function AlertsForm({ settings }: { settings: TSettings }) {
  const save = useSettingsSave();
  const [days, setDays] = useState(String(settings.incidentLookbackDays));
  const [saved, setSaved] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const parsed = parseLookbackDays(days);
  const error = parsed === null ? "Incident alerts: a whole number of days from 1 to 3,650" : null;
  const server = formErrors(save.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setSaved(null);
    if (parsed === null) return;
    save.mutate({ incidentLookbackDays: parsed }, { onSuccess: () => setSaved("Alert setting saved.") });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="alerts-settings-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="alerts-settings-heading" className="text-lg font-semibold">Alerts</h2>
      <FormMessage message={save.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <div className="max-w-xs">
        <TextField label="Incident alerts: days back" inputMode="numeric" autoComplete="off" value={days}
          error={(touched ? error : null) ?? server.fields.incidentLookbackDays}
          hint={`An incident on a venue, chain and risk you hold raises an alert for this many days. Default ${INCIDENT_LOOKBACK_DEFAULT}.`}
          onChange={(e) => { setSaved(null); setTouched(true); setDays(e.target.value); }} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>Save alert setting</Button>
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">{saved}</p>}
      </div>
    </form>
  );
}
