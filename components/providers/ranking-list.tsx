import type { TCompareProvider } from "@/lib/schemas/provider-score";

/** The current order, announced politely when the weights change it. */
export function RankingList({ providers, updating }: { providers: TCompareProvider[]; updating: boolean }) {
  return (
    <section aria-labelledby="ranking-heading" className="flex flex-col gap-2">
      <h2 id="ranking-heading" className="text-lg font-semibold">Ranking</h2>
      <ol aria-live="polite" aria-busy={updating} data-testid="ranking" className="flex flex-col gap-1">
        {providers.map((p) => (
          <li key={p.slug} className="flex items-baseline justify-between gap-3 rounded-md border border-[var(--border)] px-3 py-2">
            <span><span className="mr-2 font-semibold tabular-nums">{p.score.rank}.</span>{p.name}</span>
            <span className="tabular-nums"><strong>{p.score.total.toFixed(2)}</strong> / 10</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
