import Link from "next/link";
import type { ReactNode } from "react";
import type { TCompareProvider } from "@/lib/schemas/provider-score";
import { bestIndexes, FACT_ROWS, rowDiffers, rowSources } from "./fact-rows";
import { SourceRefs, Unknown } from "./source-ref";

type Props = {
  providers: TCompareProvider[]; today: string; onRemove: (slug: string) => void; canRemove: boolean;
  /** Hide the rows where every provider shows the same value. */
  onlyDiffering: boolean;
};

// Opaque, so the sticky row headers hide what scrolls under them.
const DIFFERS = "bg-amber-50 dark:bg-[color-mix(in_srgb,var(--color-amber-950)_45%,var(--card))]";
const cell = "min-w-40 sm:min-w-44 border-b border-[var(--border)] px-3 py-2 align-top text-left";
const rowHead = `sticky left-0 z-[1] w-28 min-w-28 sm:w-36 sm:min-w-36 border-b border-[var(--border)] px-3 py-2 text-left align-top font-medium`;

function Row({ label, differs, hidden, children }: { label: string; differs: boolean; hidden: boolean; children: ReactNode }) {
  if (hidden && !differs) return null;
  return (
    <tr className={differs ? DIFFERS : undefined} data-differs={differs || undefined}>
      <th scope="row" className={`${rowHead} ${differs ? DIFFERS : "bg-[var(--card)]"}`}>
        {label}
        {differs && <span className="block text-xs font-normal text-amber-800 dark:text-amber-300">differs</span>}
      </th>
      {children}
    </tr>
  );
}

function GroupRow({ title, span }: { title: string; span: number }) {
  return (
    <tr>
      <th scope="colgroup" colSpan={span} className="sticky left-0 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-2 text-left text-sm font-semibold">{title}</th>
    </tr>
  );
}

function ScoreCell({ value, best, note }: { value: string; best: boolean; note?: string }) {
  return (
    <td className={cell}>
      <span className={`tabular-nums ${best ? "font-bold" : ""}`}>{value}</span>
      {best && <span className="ml-2 rounded bg-[var(--accent)] px-1 text-xs font-medium text-[var(--card)]">best</span>}
      {note && <span className="block text-xs text-[var(--muted)]">{note}</span>}
    </td>
  );
}

/** Providers in columns (best first), one row per score and per fact; rows that differ are tinted and say so. */
export function CompareTable({ providers, today, onRemove, canRemove, onlyDiffering }: Props) {
  const span = providers.length + 1;
  const totals = providers.map((p) => p.score.total);
  const categories = providers[0]?.score.categories.map((c) => ({ key: c.category, label: c.label })) ?? [];
  return (
    <div role="region" aria-label="Comparison table, scrolls sideways" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)]">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">Scores and facts of {providers.map((p) => p.name).join(", ")}, best ranked first</caption>
        <thead>
          <tr>
            <th scope="col" className={`${rowHead} bg-[var(--card)] align-bottom`}>Provider</th>
            {providers.map((p) => (
              <th key={p.slug} scope="col" className={`${cell} align-bottom`}>
                <span className="block text-xs font-normal text-[var(--muted)]">Rank {p.score.rank} of {p.score.rankOf}</span>
                <Link href={`/providers/${p.slug}`} className="text-base font-semibold">{p.name}</Link>
                {canRemove && (
                  <button type="button" onClick={() => onRemove(p.slug)} className="mt-1 block text-xs font-normal underline"
                    aria-label={`Remove ${p.name} from the comparison`}>Remove</button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <GroupRow title="Scores (0–10)" span={span} />
          <Row label="Weighted total" differs={rowDiffers(totals.map(String))} hidden={onlyDiffering}>
            {providers.map((p, i) => <ScoreCell key={p.slug} value={p.score.total.toFixed(2)} best={bestIndexes(totals).includes(i)} />)}
          </Row>
          {categories.map(({ key, label }) => {
            const scores = providers.map((p) => p.score.categories.find((c) => c.category === key));
            const values = scores.map((s) => s?.score ?? 0);
            return (
              <Row key={key} label={label} differs={rowDiffers(values.map(String))} hidden={onlyDiffering}>
                {scores.map((s, i) => (
                  <ScoreCell key={providers[i]?.slug} value={(s?.score ?? 0).toFixed(1)} best={bestIndexes(values).includes(i)}
                    note={s?.unknown ? "unknown facts: scored 0" : s?.partial ? "some facts unknown" : undefined} />
                ))}
              </Row>
            );
          })}
          <GroupRow title="Facts, with source and date" span={span} />
          {FACT_ROWS.map((row) => {
            const values = providers.map((p) => row.value(p));
            return (
              <Row key={row.key} label={row.label} differs={rowDiffers(values)} hidden={onlyDiffering}>
                {providers.map((p, i) => (
                  <td key={p.slug} className={cell}>
                    <span className="break-words">{values[i] ?? <Unknown />}</span>
                    <SourceRefs refs={values[i] === null ? [] : rowSources(row, p.sources)} today={today} />
                  </td>
                ))}
              </Row>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
