"use client";

import { useState } from "react";
import { usePortfolioRole, ViewOnlyNote } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formatUsd } from "@/lib/format/money";
import type { TOptimizeBudgetOutput } from "@/lib/schemas/recommendation";
import { AllocationTable } from "./allocation-table";
import { formatErrorMessage } from "./error-text";
import { multipleText } from "./optimizer-model";
import { PoorValueLine } from "./optimizer-poor-value";
import { TailFigures, tailRunText } from "./tail-figures";
import { useApplySuggestions } from "./use-apply";

const ROWS = 50;

function Figures({ r }: { r: TOptimizeBudgetOutput }) {
  const items = [
    { label: "Budget used", value: formatUsd(r.budgetUsedUsd), note: `of ${formatUsd(r.budgetUsd)} (${formatUsd(r.budgetLeftUsd)} left)` },
    { label: "Expected loss covered", value: formatUsd(r.expectedLossCoveredUsd), note: `of ${formatUsd(r.expectedLossOpenUsd)} a year uninsured today` },
    { label: "Expected loss left", value: formatUsd(r.expectedLossLeftUsd), note: "a year, after this plan" },
  ];
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      {items.map((f) => (
        <div key={f.label} className="flex flex-col gap-0.5 rounded-md border border-[var(--border)] p-3">
          <dt className="text-sm text-[var(--muted)]">{f.label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{f.value}</dd>
          <dd className="text-xs text-[var(--muted)]">{f.note}</dd>
        </div>
      ))}
    </dl>
  );
}

function ApplyPlan({ r }: { r: TOptimizeBudgetOutput }) {
  const apply = useApplySuggestions();
  const { canWrite } = usePortfolioRole(r.portfolio.id);
  const n = r.allocations.length;
  const onApply = () => apply.mutate({
    portfolioId: r.portfolio.id,
    items: r.allocations.map((a) => ({ positionId: a.positionId, productId: a.productId, amountUsd: a.amountUsd })),
    // The basis the plan was priced at, so each draft carries the same price and its label.
    priceBasis: r.assumptions.premiumBasis,
  });
  if (!canWrite) return <ViewOnlyNote />;
  if (apply.isSuccess) {
    const { created, replaced } = apply.data;
    const replacedText = replaced > 0 ? ` (replacing ${replaced} earlier draft${replaced === 1 ? "" : "s"} of the same product)` : "";
    return <FormMessage tone="ok" message={`Added ${created.length} draft cover${created.length === 1 ? "" : "s"}${replacedText}. Each position above now shows its before → after.`} />;
  }
  return (
    <div className="flex flex-col gap-2">
      <Button onClick={onApply} disabled={apply.isPending} className="self-start">
        {apply.isPending ? `Adding ${n} drafts…` : `Apply all ${n} as draft covers`}
      </Button>
      <p className="text-xs text-[var(--muted)]">All rows are added together, or none if one fails. Drafts count only in previews until you mark them as held.</p>
      {apply.isError && <FormMessage message={formatErrorMessage(apply.error)} />}
    </div>
  );
}

const BASIS_WORDS = { low: "the low end", mid: "the middle", high: "the high end" } as const;

export const NOTHING_WORTH_BUYING = "Nothing is worth buying at these prices";

/** Every candidate failed the value guard: a calm "nothing to buy", $0 spent, no table. */
function NothingWorthBuying({ r }: { r: TOptimizeBudgetOutput }) {
  const [first, ...rest] = r.notes;
  return (
    <div className="flex flex-col gap-3 rounded-md border border-[var(--border)] p-4" aria-live="polite">
      <h3 className="font-semibold">Nothing to buy for {formatUsd(r.budgetUsd)} a year</h3>
      <p className="text-sm">{first}</p>
      <p className="text-sm">
        Budget used: <strong className="tabular-nums">{formatUsd(r.budgetUsedUsd)}</strong> of {formatUsd(r.budgetUsd)}. The expected loss left
        uninsured stays <span className="tabular-nums">{formatUsd(r.expectedLossOpenUsd)}</span> a year.
      </p>
      {r.tail && (
        <p className="text-sm">
          Without new cover, the worst 5 % of years average <span className="tabular-nums">{formatUsd(r.tail.before.cvar95Usd)}</span> of
          loss ({tailRunText(r.tail)}).
        </p>
      )}
      <PoorValueLine poorValue={r.poorValue} maxLoading={r.assumptions.maxLoading} />
      <p className="text-sm text-[var(--muted)]">
        Prices used {BASIS_WORDS[r.assumptions.premiumBasis]} of each published range, or your quote where you have one. A quote below
        the published price, or a higher value guard for this run if you accept paying more, can change this.
      </p>
      {rest.length > 0 && <ul className="list-disc pl-5 text-sm text-[var(--muted)]">{rest.map((n) => <li key={n}>{n}</li>)}</ul>}
    </div>
  );
}

/** The plan: figures, what binds (in words), the allocation table, and "apply all". */
export function BudgetResult({ result: r }: { result: TOptimizeBudgetOutput }) {
  const [allRows, setAllRows] = useState(false);
  if (r.status === "empty" && r.poorValue.count > 0 && r.notes[0]?.startsWith(NOTHING_WORTH_BUYING)) return <NothingWorthBuying r={r} />;
  if (r.status !== "optimal") {
    const calm = r.status === "empty";
    const why = calm
      ? r.notes[0] ?? "Nothing to optimise: no position below your target has an eligible product with a published premium."
      : r.status === "infeasible" ? "No plan fits this budget." : `The solver stopped without a plan (${r.solverStatus}). Try again.`;
    const notes = calm ? r.notes.slice(1) : r.notes;
    return (
      <div className="flex flex-col gap-2" aria-live="polite">
        {calm ? <p className="rounded-md border border-[var(--border)] px-3 py-2 text-sm">{why}</p> : <FormMessage message={why} />}
        {notes.length > 0 && <ul className="list-disc pl-5 text-sm">{notes.map((n) => <li key={n}>{n}</li>)}</ul>}
        <PoorValueLine poorValue={r.poorValue} maxLoading={r.assumptions.maxLoading} />
      </div>
    );
  }
  const rows = allRows ? r.allocations : r.allocations.slice(0, ROWS);
  const tail = r.mode === "tail" ? r.tail : null;
  return (
    <div className="flex flex-col gap-4" aria-live="polite">
      <h3 className="font-semibold">{tail ? `The worst-years plan for ${formatUsd(r.budgetUsd)} a year` : `The plan for ${formatUsd(r.budgetUsd)} a year`}</h3>
      {tail && (
        <p className="text-sm text-[var(--muted)]">
          Chosen to lower loss plus premiums in the worst 5 % of simulated years, not in the average year.
        </p>
      )}
      <Figures r={r} />
      {tail && <TailFigures tail={tail} />}
      <div className="flex flex-col gap-1">
        <h4 className="text-sm font-semibold">What limits it</h4>
        <ul className="list-disc pl-5 text-sm">{r.summary.map((s) => <li key={s}>{s}</li>)}</ul>
        {r.budgetShadowPrice !== null && r.budgetShadowPrice > 0 && (
          <p className="text-sm">Each extra dollar of budget would cover about ${r.budgetShadowPrice.toFixed(3)} more expected loss a year.</p>
        )}
        {r.binding.length > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer">{r.binding.length} binding constraint{r.binding.length === 1 ? "" : "s"} in detail</summary>
            <ul className="mt-1 list-disc pl-5">{r.binding.map((b) => <li key={`${b.kind}:${b.ref}`}>{b.text}</li>)}</ul>
          </details>
        )}
      </div>
      <PoorValueLine poorValue={r.poorValue} maxLoading={r.assumptions.maxLoading} />
      {r.allocations.length > 0 && (
        <>
          <p className="text-xs text-[var(--muted)]">
            Multiple: premium per dollar of expected loss covered ({multipleText(1)} is a fair price; above {multipleText(r.assumptions.maxLoading)} is
            left out as poor value). Each row names where its price comes from.
          </p>
          <AllocationTable rows={rows} />
          {r.allocations.length > ROWS && (
            <button type="button" className="self-start text-sm underline" onClick={() => setAllRows((v) => !v)} aria-expanded={allRows}>
              {allRows ? `Show the first ${ROWS} rows` : `Show all ${r.allocations.length} rows`}
            </button>
          )}
          <ApplyPlan key={`${r.mode}:${r.assumptions.premiumBasis}:${r.budgetUsd}:${r.allocations.length}:${r.expectedLossCoveredUsd}`} r={r} />
        </>
      )}
      {[...r.notes, ...r.assumptions.notes].length > 0 && (
        <div className="text-sm">
          <h4 className="font-semibold">Notes and assumptions</h4>
          <ul className="list-disc pl-5 text-[var(--muted)]">{[...r.notes, ...r.assumptions.notes].map((n) => <li key={n}>{n}</li>)}</ul>
        </div>
      )}
      <p className="text-xs text-[var(--muted)]">
        Worked out with the HiGHS solver in {r.elapsedMs} ms: {r.size.variables} choices over {r.size.gaps} gaps and {r.size.products} products.
      </p>
    </div>
  );
}
