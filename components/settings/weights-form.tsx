"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useFormFields } from "@/components/positions/use-form-fields";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type TSettings, type WeightKey } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { toWeights, validateWeights, weightValues, type WeightValues } from "./settings-form-model";
import { useSettingsSave } from "./use-settings-save";

const LABELS: Record<WeightKey, string> = {
  liquidity: "Liquidity", security: "Security", coverage: "Coverage", costs: "Costs", ux: "UX", support: "Support",
};

/** The provider-score weights (DESIGN §4) that rank suggestions; relative, so they need not add up to 100. */
export function WeightsForm({ settings }: { settings: TSettings }) {
  const save = useSettingsSave();
  const form = useFormFields<WeightValues>(weightValues(settings.weights), validateWeights);
  const [saved, setSaved] = useState<string | null>(null);
  const server = formErrors(save.error);
  const { values, set, touch, errorFor, update } = form;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    if (!form.submit()) return;
    save.mutate({ weights: toWeights(values) }, { onSuccess: () => setSaved("Weights saved. Rankings follow them now.") });
  };
  const reset = () => {
    setSaved(null);
    update(() => weightValues(DEFAULT_WEIGHTS), [...WEIGHT_KEYS]);
    save.mutate({ weights: null }, { onSuccess: () => setSaved("Back to the default methodology.") });
  };
  const total = errorFor("weights", server.fields);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="weights-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="weights-heading" className="text-lg font-semibold">Provider-score weights</h2>
      <p className="text-sm text-[var(--muted)]">
        Suggestions are ranked by each provider&apos;s weighted score, then cost, then claims model.{" "}
        {settings.weightsAreDefault ? "You use the default weights." : "You use your own weights."}{" "}
        <Link href="/providers" className="underline">See how providers score</Link>.
      </p>
      <FormMessage message={total ?? (save.error && Object.keys(server.fields).length === 0 ? server.message : null)} />
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-3">
        {WEIGHT_KEYS.map((k) => (
          <TextField key={k} label={`${LABELS[k]} weight`} inputMode="decimal" autoComplete="off" value={values[k]}
            error={errorFor(k, server.fields) ?? errorFor(`weights.${k}`, server.fields)}
            onChange={(e) => { setSaved(null); set(k, e.target.value); touch(k); touch("weights"); }}
            onBlur={() => touch(k)} />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>Save weights</Button>
        {!settings.weightsAreDefault && <Button type="button" variant="secondary" disabled={save.isPending} onClick={reset}>Reset to default</Button>}
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">{saved}</p>}
      </div>
    </form>
  );
}
