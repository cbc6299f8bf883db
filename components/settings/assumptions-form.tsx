"use client";

import { useState, type FormEvent } from "react";
import { probabilityDraft, probabilityErrors, toProbabilities, type ProbabilityDraft } from "@/components/recommendations/budget-model";
import { loadingText, MAX_LOADING, maxLoadingError, parseMaxLoading } from "@/components/recommendations/optimizer-model";
import { ProbabilityFields } from "@/components/recommendations/probability-fields";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { DEFAULT_GRADE_PROBABILITIES, MAX_LOADING_DEFAULT, type TSettings } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { useSettingsSave } from "./use-settings-save";

/**
 * The optimizer's loss probability per risk grade (DESIGN §5) and the value guard (DESIGN §10):
 * assumptions the user owns, saved together.
 */
export function AssumptionsForm({ settings }: { settings: TSettings }) {
  const save = useSettingsSave();
  const [values, setValues] = useState<ProbabilityDraft>(() => probabilityDraft(settings.gradeProbabilities));
  const [loading, setLoading] = useState(() => loadingText(settings.maxLoading));
  const [saved, setSaved] = useState<string | null>(null);
  const errors = probabilityErrors(values);
  const loadingError = maxLoadingError(loading);
  const server = formErrors(save.error);
  const shown = { ...Object.fromEntries(Object.entries(server.fields).map(([k, v]) => [k.replace("gradeProbabilities.", ""), v])), ...errors };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const maxLoading = parseMaxLoading(loading);
    if (Object.keys(errors).length > 0 || maxLoading === null) return;
    save.mutate({ gradeProbabilities: toProbabilities(values), maxLoading }, { onSuccess: () => setSaved("Assumptions saved.") });
  };
  const reset = () => {
    setValues(probabilityDraft(DEFAULT_GRADE_PROBABILITIES));
    setLoading(loadingText(MAX_LOADING_DEFAULT));
    save.mutate({ gradeProbabilities: null, maxLoading: null }, { onSuccess: () => setSaved("Back to the default assumptions.") });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="assumptions-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="assumptions-heading" className="text-lg font-semibold">Loss assumptions and value guard</h2>
      <p className="text-sm text-[var(--muted)]">
        The chance, per year, that a position of each risk grade loses its value to a covered risk. Defaults: A 0.5 %, B 1 %,
        C 2.5 %, D 5 %, E 10 %, F 20 %. Positions without a grade count as C.
      </p>
      <FormMessage message={save.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <ProbabilityFields legend="Loss probability by risk grade (% a year)" values={values} errors={shown}
        onChange={(g, v) => { setSaved(null); setValues((p) => ({ ...p, [g]: v })); }} />
      <div className="max-w-xs">
        <TextField label="Value guard (× expected loss)" type="number" inputMode="decimal" min={MAX_LOADING.min} max={MAX_LOADING.max}
          step={MAX_LOADING.step} autoComplete="off" value={loading} error={loadingError ?? server.fields.maxLoading}
          hint={`Suggestions and the optimizer leave out cover costing more than this multiple of the expected loss it covers. 1 to 20, default ${MAX_LOADING_DEFAULT}.`}
          onChange={(e) => { setSaved(null); setLoading(e.target.value); }} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>Save assumptions</Button>
        <Button type="button" variant="secondary" disabled={save.isPending} onClick={reset}>Reset to defaults</Button>
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">{saved}</p>}
      </div>
    </form>
  );
}
