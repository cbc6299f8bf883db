import type { TProviderScore } from "@/lib/schemas/provider-score";
import { WEIGHTS_SOURCE_LABELS } from "./labels";
import { SourceRefs, Unknown } from "./source-ref";

/** Each category: score, the facts it read (unknowns marked), the formula and the working, and their sources. */
export function ScoreBreakdown({ score, today }: { score: TProviderScore; today: string }) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm">
        Weighted total <strong className="tabular-nums">{score.total.toFixed(2)} / 10</strong>, rank {score.rank} of {score.rankOf}, with{" "}
        {WEIGHTS_SOURCE_LABELS[score.weightsSource]}: <span className="break-words font-mono text-xs">{score.totalExplanation}</span>
      </p>
      <ol className="grid gap-3 md:grid-cols-2">
        {score.categories.map((c) => (
          <li key={c.category} className="flex min-w-0 flex-col gap-2 rounded-md border border-[var(--border)] p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{c.label}</h3>
              <span className="tabular-nums">
                <strong>{c.score.toFixed(1)}</strong> / 10
                {c.unknown && <span className="ml-2 rounded border border-[var(--border)] px-1 text-xs">unknown</span>}
                {c.partial && <span className="ml-2 rounded border border-[var(--border)] px-1 text-xs">partly unknown</span>}
              </span>
            </div>
            <ul className="text-sm">
              {c.inputs.map((i) => (
                <li key={i.label}><span className="text-[var(--muted)]">{i.label}:</span> {i.value ?? <Unknown />}</li>
              ))}
            </ul>
            <p className="text-xs text-[var(--muted)]"><span className="font-medium">Formula:</span> {c.formula}</p>
            <p className="break-words font-mono text-xs">{c.explanation}</p>
            {c.sources.length > 0 && (
              <div className="text-xs"><span className="font-medium">Facts used:</span><SourceRefs refs={c.sources} today={today} labelled /></div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
