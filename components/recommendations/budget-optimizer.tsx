"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { TPriceBasis } from "@/lib/schemas/recommendation";
import type { TGradeProbabilities, TSettings } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import {
  budgetError, normalizeBudget, probabilityDraft, probabilityErrors, toProbabilities, type ProbabilityDraft,
} from "./budget-model";
import { BudgetResult } from "./budget-result";
import { GRADES } from "./labels";
import { ModePicker, TailAdvanced } from "./optimizer-mode";
import { runOptionErrors, runOptionsDraft, toRunOptions, type RunOptionsDraft } from "./optimizer-model";
import { OptimizerProgress } from "./optimizer-progress";
import { ValueGuardField } from "./optimizer-value-guard";
import { ProbabilityFields } from "./probability-fields";

type FormProps = { portfolioId: string; settings: Pick<TSettings, "gradeProbabilities" | "maxLoading">; priceBasis: TPriceBasis };

function OptimizerForm({ portfolioId, settings, priceBasis }: FormProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const saved = settings.gradeProbabilities;
  const [budget, setBudget] = useState("");
  const [budgetTouched, setBudgetTouched] = useState(false);
  const [probs, setProbs] = useState<ProbabilityDraft>(() => probabilityDraft(saved));
  const [run, setRun] = useState<RunOptionsDraft>(() => runOptionsDraft(settings.maxLoading));
  const [submitted, setSubmitted] = useState(false);
  const optimize = useMutation(trpc.recommendation.optimizeBudget.mutationOptions());
  const save = useMutation(trpc.settings.update.mutationOptions({
    onSuccess: (s) => queryClient.setQueryData(trpc.settings.get.queryKey(), s),
  }));

  const server = formErrors(optimize.error).fields;
  const localBudget = budgetTouched || submitted ? budgetError(budget) : null;
  const probErrors = probabilityErrors(probs);
  const probErrorsShown: typeof probErrors = {};
  for (const g of GRADES) {
    const error = probErrors[g] ?? server[`gradeProbabilities.${g}`];
    if (error) probErrorsShown[g] = error;
  }
  // Run options are checked as typed: each field names itself in its message.
  const runErrors = runOptionErrors(run);
  const runErrorsShown = {
    scenarios: runErrors.scenarios ?? (run.mode === "tail" ? server.scenarios : undefined),
    seed: runErrors.seed ?? (run.mode === "tail" ? server.seed : undefined),
    maxLoading: runErrors.maxLoading ?? server.maxLoading,
  };
  const valid = budgetError(budget) === null && Object.keys(probErrors).length === 0 && Object.keys(runErrors).length === 0;
  const setRunField = (field: keyof RunOptionsDraft, value: string) => setRun((r) => ({ ...r, [field]: value }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    optimize.mutate({
      portfolioId, budgetUsd: normalizeBudget(budget), gradeProbabilities: toProbabilities(probs), priceBasis,
      ...toRunOptions(run, settings.maxLoading),
    });
  };
  const edited = JSON.stringify(toProbabilitiesSafe(probs)) !== JSON.stringify(saved);

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Budget optimizer">
        <ModePicker value={run.mode} onChange={(mode) => setRun((r) => ({ ...r, mode }))} />
        {run.mode === "tail" && (
          <TailAdvanced values={run} errors={runErrorsShown} onChange={setRunField} />
        )}
        <div className="max-w-xs">
          <TextField
            label="Annual premium budget (USD)"
            inputMode="decimal"
            autoComplete="off"
            placeholder="e.g. 25,000"
            value={budget}
            error={localBudget ?? server.budgetUsd}
            hint="What you can spend on premiums in a year."
            onChange={(e) => { setBudget(e.target.value); if (e.target.value.trim() !== "") setBudgetTouched(true); }}
            onBlur={() => setBudgetTouched(true)}
          />
        </div>
        <ValueGuardField value={run.maxLoading} saved={settings.maxLoading} error={runErrorsShown.maxLoading}
          onChange={(v) => setRunField("maxLoading", v)} />
        <ProbabilityFields
          legend="Assumed chance of losing a position in a year, by its risk grade (positions without a grade count as C)"
          values={probs}
          errors={probErrorsShown}
          counts={optimize.data?.assumptions.gradeCounts}
          onChange={(g, v) => setProbs((p) => ({ ...p, [g]: v }))}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={optimize.isPending}>{optimize.isPending ? "Optimizing…" : "Find the best plan"}</Button>
          {edited && (
            <>
              <Button type="button" variant="secondary" disabled={save.isPending || Object.keys(probErrors).length > 0}
                onClick={() => save.mutate({ gradeProbabilities: toProbabilities(probs) })}>
                Save these as my assumptions
              </Button>
              <Button type="button" variant="ghost" onClick={() => setProbs(probabilityDraft(saved))}>Reset to saved</Button>
            </>
          )}
          {save.isSuccess && !edited && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Assumptions saved.</p>}
        </div>
        {optimize.isError && <FormMessage message={unshownError(optimize.error, server, run.mode)} />}
      </form>
      {optimize.isPending && <OptimizerProgress years={optimize.variables?.mode === "tail" ? optimize.variables.scenarios : undefined} />}
      {optimize.data && !optimize.isPending && <BudgetResult result={optimize.data} />}
    </div>
  );
}

/** Fields with a place in the form show their own server error; anything else is said above the result. */
function unshownError(error: unknown, fields: Record<string, string>, mode: RunOptionsDraft["mode"]): string | null {
  const shown = (k: string) => k === "budgetUsd" || k === "maxLoading" || k.startsWith("gradeProbabilities.")
    || (mode === "tail" && (k === "scenarios" || k === "seed"));
  const rest = Object.entries(fields).filter(([k]) => !shown(k));
  if (Object.keys(fields).length === 0) return formErrors(error).message;
  return rest.length > 0 ? rest.map(([k, v]) => `${k}: ${v}`).join("; ") : null;
}

function toProbabilitiesSafe(d: ProbabilityDraft): TGradeProbabilities | null {
  return Object.keys(probabilityErrors(d)).length === 0 ? toProbabilities(d) : null;
}

const BASIS_TEXT: Record<TPriceBasis, string> = {
  low: "the low end of each published range (real prices may be higher)",
  mid: "the middle of each published range",
  high: "the high end of each published range",
};

/**
 * DESIGN §5 budget optimizer: a budget, a mode and editable loss assumptions in, a plan and its
 * reasons out. `priceBasis` is the point of each published range the page prices at (default mid).
 */
export function BudgetOptimizer({ portfolioId, priceBasis = "mid" }: { portfolioId: string; priceBasis?: TPriceBasis }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <section id="optimizer" aria-labelledby="optimizer-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="optimizer-heading" className="text-xl font-semibold">Budget optimizer</h2>
      <p className="text-sm text-[var(--muted)]">
        Give a yearly premium budget: a linear program (HiGHS) picks cover amounts that cover the most expected loss — amount ×
        loss probability × what the deductible leaves — or, in tail mode, that best protect the worst years, without passing the
        budget, any gap to your target or a product&apos;s capacity. Premiums use your valid quotes first, else {BASIS_TEXT[priceBasis]}.
      </p>
      {settings.data ? <OptimizerForm portfolioId={portfolioId} settings={settings.data} priceBasis={priceBasis} /> : (
        <p role="status" className="text-sm text-[var(--muted)]">{settings.isError ? "Your settings could not be loaded." : "Loading your assumptions…"}</p>
      )}
    </section>
  );
}
