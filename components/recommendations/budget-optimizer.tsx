"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import type { TGradeProbabilities } from "@/lib/schemas/settings";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import {
  budgetError, normalizeBudget, probabilityDraft, probabilityErrors, toProbabilities, type ProbabilityDraft,
} from "./budget-model";
import { BudgetResult } from "./budget-result";
import { GRADES } from "./labels";
import { OptimizerProgress } from "./optimizer-progress";
import { ProbabilityFields } from "./probability-fields";

function OptimizerForm({ portfolioId, saved }: { portfolioId: string; saved: TGradeProbabilities }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [budget, setBudget] = useState("");
  const [budgetTouched, setBudgetTouched] = useState(false);
  const [probs, setProbs] = useState<ProbabilityDraft>(() => probabilityDraft(saved));
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
  const valid = budgetError(budget) === null && Object.keys(probErrors).length === 0;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!valid) return;
    optimize.mutate({ portfolioId, budgetUsd: normalizeBudget(budget), gradeProbabilities: toProbabilities(probs) });
  };
  const edited = JSON.stringify(toProbabilitiesSafe(probs)) !== JSON.stringify(saved);

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Budget optimizer">
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
        {optimize.isError && Object.keys(server).length === 0 && <FormMessage message={formErrors(optimize.error).message} />}
      </form>
      {optimize.isPending && <OptimizerProgress />}
      {optimize.data && !optimize.isPending && <BudgetResult result={optimize.data} />}
    </div>
  );
}

function toProbabilitiesSafe(d: ProbabilityDraft): TGradeProbabilities | null {
  return Object.keys(probabilityErrors(d)).length === 0 ? toProbabilities(d) : null;
}

/** DESIGN §5 budget optimizer: a budget and editable loss assumptions in, a plan and its reasons out. */
export function BudgetOptimizer({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <section id="optimizer" aria-labelledby="optimizer-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="optimizer-heading" className="text-xl font-semibold">Budget optimizer</h2>
      <p className="text-sm text-[var(--muted)]">
        Give a yearly premium budget: a linear program (HiGHS) picks cover amounts that cover the most expected loss — amount ×
        loss probability × what the deductible leaves — without passing the budget, any gap to your target or a product&apos;s
        capacity. Premiums use the high end of each published range.
      </p>
      {settings.data ? <OptimizerForm portfolioId={portfolioId} saved={settings.data.gradeProbabilities} /> : (
        <p role="status" className="text-sm text-[var(--muted)]">{settings.isError ? "Your settings could not be loaded." : "Loading your assumptions…"}</p>
      )}
    </section>
  );
}
