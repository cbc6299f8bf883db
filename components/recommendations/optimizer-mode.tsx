"use client";

import { useId, useState } from "react";
import { TextField } from "@/components/ui/field";
import { SCENARIOS, SEED, type OptimizerMode, type RunOptionErrors, type RunOptionsDraft } from "./optimizer-model";

const MODES: readonly { value: OptimizerMode; title: string; text: string }[] = [
  {
    value: "expected",
    title: "Expected loss",
    text: "Covers the most loss in an average year for the money: right when no single bad year would threaten the treasury.",
  },
  {
    value: "tail",
    title: "Worst years (tail)",
    text: "Protects the treasury's worst years, when positions on the same venue or the same stablecoin fail together, even if an average year is covered a little less.",
  },
];

/** Expected loss or worst years, as a labelled radio group with one sentence each. */
export function ModePicker({ value, onChange, disabled }: { value: OptimizerMode; onChange: (m: OptimizerMode) => void; disabled?: boolean }) {
  const id = useId();
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">What should the plan protect against?</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {MODES.map((m) => (
          <label key={m.value}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-[var(--border)] p-3 text-sm has-[:checked]:border-[var(--accent)]">
            <input type="radio" name={`${id}-mode`} value={m.value} checked={value === m.value} onChange={() => onChange(m.value)}
              aria-describedby={`${id}-${m.value}`} className="mt-0.5 size-4 shrink-0" />
            <span className="flex flex-col gap-0.5">
              <span className="font-medium">{m.title}</span>
              <span id={`${id}-${m.value}`} className="text-[var(--muted)]">{m.text}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type AdvancedProps = {
  values: Pick<RunOptionsDraft, "scenarios" | "seed">;
  errors: Pick<RunOptionErrors, "scenarios" | "seed">;
  onChange: (field: "scenarios" | "seed", value: string) => void;
};

/** Tail mode's simulated years and seed, behind a disclosure that opens by itself when one is wrong. */
export function TailAdvanced({ values, errors, onChange }: AdvancedProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const hasError = Boolean(errors.scenarios || errors.seed);
  const shown = open || hasError;
  const years = Number(values.scenarios.replace(/[,\s_]/g, ""));
  const summary = hasError ? "check the fields below" : `${Number.isFinite(years) ? years.toLocaleString("en-US") : values.scenarios} simulated years, seed ${values.seed}`;
  return (
    <div className="flex flex-col gap-2">
      <button type="button" aria-expanded={shown} aria-controls={`${id}-panel`} onClick={() => setOpen(!shown)}
        className="flex min-h-10 items-center gap-1 self-start text-sm underline-offset-2 hover:underline">
        <span aria-hidden className={`inline-block transition-transform motion-reduce:transition-none ${shown ? "rotate-90" : ""}`}>▸</span>
        Advanced <span className="text-[var(--muted)]">({summary})</span>
      </button>
      <div id={`${id}-panel`} hidden={!shown} className="flex flex-col gap-2 border-l-2 border-[var(--border)] pl-3">
        <p className="text-xs text-[var(--muted)]">
          Tail mode draws simulated years in which positions sharing a venue, a stablecoin or a custodian are hit together. The same
          seed gives the same years, so a run can be repeated; more years give steadier figures and take longer.
        </p>
        <div className="grid max-w-md grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField label="Simulated years" inputMode="numeric" autoComplete="off" value={values.scenarios}
            error={errors.scenarios} hint={`${SCENARIOS.min.toLocaleString("en-US")}–${SCENARIOS.max.toLocaleString("en-US")}, default ${SCENARIOS.default.toLocaleString("en-US")}`}
            onChange={(e) => onChange("scenarios", e.target.value)} />
          <TextField label="Seed" inputMode="numeric" autoComplete="off" value={values.seed}
            error={errors.seed} hint={`Any whole number from ${SEED.min}, default ${SEED.default}`}
            onChange={(e) => onChange("seed", e.target.value)} />
        </div>
      </div>
    </div>
  );
}
