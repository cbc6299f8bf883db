import Link from "next/link";
import type { TProviderCard } from "@/lib/schemas/provider-score";
import { FACT_ROWS, rowSources } from "./fact-rows";
import { ScoreBar } from "./score-bar";
import { SourceRefs, Unknown } from "./source-ref";
import { StatusBadge } from "./status-badge";

const CARD_ROWS = ["kind", "coverageTypes", "chains", "claimsModel", "kycRequired"];
const rows = FACT_ROWS.filter((r) => CARD_ROWS.includes(r.key)).sort((a, b) => CARD_ROWS.indexOf(a.key) - CARD_ROWS.indexOf(b.key));

type Props = { provider: TProviderCard; selected: boolean; selectionFull: boolean; onToggle: () => void; today: string };

/** One provider in the catalog: key facts, weighted score, sources on demand, and the compare toggle. */
export function ProviderCard({ provider: p, selected, selectionFull, onToggle, today }: Props) {
  const headingId = `provider-${p.slug}`;
  return (
    <article aria-labelledby={headingId} className={`flex flex-col gap-3 rounded-lg border bg-[var(--card)] p-4 ${selected ? "border-[var(--accent)] ring-1 ring-[var(--accent)]" : "border-[var(--border)]"}`}>
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold"><Link href={`/providers/${p.slug}`}>{p.name}</Link></h2>
        <StatusBadge status={p.status} />
      </header>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span className="text-[var(--muted)]">Weighted score</span>
        <ScoreBar score={p.score.total} />
        <span className="text-xs text-[var(--muted)]">#{p.score.rank} of {p.score.rankOf}</span>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {rows.map((r) => {
          const value = r.value(p);
          return (
            <div key={r.key} className="contents">
              <dt className="text-[var(--muted)]">{r.label}</dt>
              <dd className="min-w-0 break-words">{value ?? <Unknown />}</dd>
            </div>
          );
        })}
      </dl>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-[var(--accent)]">Sources and dates<span className="sr-only"> for {p.name}</span></summary>
        <dl className="mt-2 flex flex-col gap-1.5">
          {rows.map((r) => {
            const refs = rowSources(r, p.sources);
            return (
              <div key={r.key}>
                <dt className="font-medium">{r.label}</dt>
                <dd>{refs.length > 0 ? <SourceRefs refs={refs} today={today} /> : <Unknown what="unknown: no fact found" />}</dd>
              </div>
            );
          })}
        </dl>
      </details>
      <div className="mt-auto flex flex-wrap items-center gap-2">
        <button type="button" aria-pressed={selected} onClick={onToggle} disabled={!selected && selectionFull}
          className={`inline-flex min-h-10 items-center rounded-md border px-3 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${selected ? "border-[var(--accent)] text-[var(--accent)]" : "border-[var(--border)] hover:bg-slate-100 dark:hover:bg-slate-800"}`}>
          {selected ? "✓ In comparison" : "Add to compare"}<span className="sr-only">: {p.name}</span>
        </button>
        <Link href={`/providers/${p.slug}`} className="text-sm underline">Details, products and score<span className="sr-only"> of {p.name}</span></Link>
      </div>
    </article>
  );
}
