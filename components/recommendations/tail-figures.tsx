import { useId } from "react";
import { formatUsd } from "@/lib/format/money";
import type { TOptimizeBudgetOutput } from "@/lib/schemas/recommendation";
import { yearsText } from "./optimizer-model";

type Tail = NonNullable<TOptimizeBudgetOutput["tail"]>;

export const CVAR_LABEL = "Average of the worst 5 % of years (CVaR₉₅)";

function BeforeAfter({ before, after }: { before: string; after: string }) {
  return (
    <>
      <span className="sr-only">without new cover </span>
      <span className="whitespace-nowrap font-normal text-[var(--muted)]">{formatUsd(before)}</span>
      <span aria-hidden> → </span>
      <span className="sr-only">, with this plan </span>
      <span className="whitespace-nowrap">{formatUsd(after)}</span>
    </>
  );
}

/** "2,000 simulated years, seed 1": what repeats the run. */
export function tailRunText(tail: Pick<Tail, "scenarios" | "seed">): string {
  return `${yearsText(tail.scenarios)}, seed ${tail.seed}`;
}

/**
 * Tail mode's before → after on the simulated years (loss net of cover, premiums apart), expected
 * mode's plan on the same years beside it, and why the two plans differ.
 */
export function TailFigures({ tail }: { tail: Tail }) {
  const headingId = useId();
  const items = [
    { label: CVAR_LABEL, before: tail.before.cvar95Usd, after: tail.after.cvar95Usd, other: tail.expectedModePlan.cvar95Usd },
    { label: "Expected loss a year", before: tail.before.expectedLossUsd, after: tail.after.expectedLossUsd, other: tail.expectedModePlan.expectedLossUsd },
  ];
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h4 id={headingId} className="text-sm font-semibold">Worst years: without new cover → with this plan</h4>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {items.map((f) => (
          <div key={f.label} className="flex flex-col gap-0.5 rounded-md border border-[var(--border)] p-3">
            <dt className="text-sm text-[var(--muted)]">{f.label}</dt>
            <dd className="text-base font-semibold tabular-nums"><BeforeAfter before={f.before} after={f.after} /></dd>
            <dd className="text-xs text-[var(--muted)]">Expected-loss plan on the same years: <span className="tabular-nums">{formatUsd(f.other)}</span></dd>
          </div>
        ))}
        <div className="flex flex-col gap-0.5 rounded-md border border-[var(--border)] p-3">
          <dt className="text-sm text-[var(--muted)]">Premium</dt>
          <dd className="text-base font-semibold tabular-nums">{formatUsd(tail.premiumUsd)}</dd>
          <dd className="text-xs text-[var(--muted)]">a year for this plan; the losses beside it leave premiums out</dd>
        </div>
      </dl>
      {tail.whyDifferent.length > 0 && (
        <div className="flex flex-col gap-1">
          <h5 className="text-sm font-semibold">Why it differs from the expected-loss plan</h5>
          <ul className="list-disc pl-5 text-sm">{tail.whyDifferent.map((w) => <li key={w}>{w}</li>)}</ul>
        </div>
      )}
      <p className="text-xs text-[var(--muted)]">
        {tailRunText(tail)}. The same budget, assumptions and seed give the same years and the same plan again.
      </p>
    </section>
  );
}
