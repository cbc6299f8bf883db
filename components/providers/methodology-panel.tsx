import type { TCompareProvider, TMethodology } from "@/lib/schemas/provider-score";
import type { TWeights } from "@/lib/schemas/settings";
import { STALENESS_RULE } from "./staleness";

type Props = { methodology: TMethodology; providers: TCompareProvider[]; weights: TWeights; weightsLabel: string };

/** "How this is computed": the method as the server applies it, and each provider's numbers worked through. */
export function MethodologyPanel({ methodology: m, providers, weights, weightsLabel }: Props) {
  return (
    <section aria-labelledby="method-heading" className="flex flex-col gap-4">
      <h2 id="method-heading" className="text-xl font-semibold">How this is computed</h2>
      <ul className="list-disc pl-5 text-sm">
        <li>{m.scale}</li>
        <li>Weighted total: {m.total}. Ranking: {m.ranking}</li>
        <li>{m.weights} This ranking uses {weightsLabel}.</li>
        <li>{m.unknowns}</li>
        <li>{STALENESS_RULE}</li>
      </ul>
      <ol className="flex flex-col gap-3">
        {m.categories.map((c) => (
          <li key={c.key} className="rounded-md border border-[var(--border)] p-3">
            <h3 className="font-semibold">
              {c.label} <span className="font-normal text-[var(--muted)]">· weight {weights[c.key]} (default {c.defaultWeight}) · {c.kind}</span>
            </h3>
            <p className="text-sm">{c.question}</p>
            <p className="text-sm"><span className="font-medium">Formula:</span> {c.formula}</p>
            <p className="text-sm text-[var(--muted)]">{c.whenUnknown}</p>
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer font-medium text-[var(--accent)]">Worked for each provider<span className="sr-only">: {c.label}</span></summary>
              <dl className="mt-2 flex flex-col gap-1">
                {providers.map((p) => (
                  <div key={p.slug}>
                    <dt className="font-medium">{p.name}</dt>
                    <dd className="break-words font-mono text-xs">{p.score.categories.find((x) => x.category === c.key)?.explanation}</dd>
                  </div>
                ))}
              </dl>
            </details>
          </li>
        ))}
      </ol>
      <div className="text-sm">
        <h3 className="font-semibold">Weighted totals</h3>
        <dl className="flex flex-col gap-1">
          {providers.map((p) => (
            <div key={p.slug}>
              <dt className="font-medium">{p.name}</dt>
              <dd className="break-words font-mono text-xs">{p.score.totalExplanation}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}
