import { COVERAGE_LABELS } from "@/components/covers/coverage-labels";
import { chainName } from "@/lib/chains";
import { formatDay } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TIncident } from "@/lib/schemas/incident";

/** "$197,000,000" when the source states a USD figure, else its own words; "unknown" when it says nothing. */
function Loss({ incident: i }: { incident: TIncident }) {
  if (i.lossUsd !== null) return <span className="tabular-nums">{formatUsd(i.lossUsd)}</span>;
  if (i.lossText) return <span>{i.lossText} <span className="text-[var(--muted)]">(no USD figure stated)</span></span>;
  return <span className="text-[var(--muted)]">unknown</span>;
}

/** One incident: when, where, what kind, how much, why, and every reference with the row's source. */
export function IncidentRow({ incident: i }: { incident: TIncident }) {
  return (
    <li className="flex flex-col gap-1.5 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 className="text-base font-semibold [overflow-wrap:anywhere]">{i.venueName}</h2>
        <span className="text-sm tabular-nums text-[var(--muted)]"><time dateTime={i.date}>{formatDay(i.date)}</time></span>
        <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-800 dark:bg-slate-800 dark:text-slate-100">{COVERAGE_LABELS[i.kind]}</span>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-[var(--muted)]">Venue</dt>
        <dd>{i.venueSlug ? <>{i.venueCatalogName ?? i.venueSlug} <span className="text-[var(--muted)]">({i.venueSlug})</span></> : <span className="text-[var(--muted)]">not in the venue catalog</span>}</dd>
        <dt className="text-[var(--muted)]">Chains</dt>
        <dd>{i.chains.length > 0 ? i.chains.map(chainName).join(", ") : <span className="text-[var(--muted)]">not stated</span>}</dd>
        <dt className="text-[var(--muted)]">Loss</dt>
        <dd className="[overflow-wrap:anywhere]"><Loss incident={i} /></dd>
        <dt className="text-[var(--muted)]">Root cause</dt>
        <dd className="[overflow-wrap:anywhere]">{i.rootCause ?? <span className="text-[var(--muted)]">unknown</span>}</dd>
      </dl>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
        {i.references.map((r, n) => (
          <a key={r} href={r} target="_blank" rel="noreferrer noopener" className="underline [overflow-wrap:anywhere]">Reference {n + 1}</a>
        ))}
        <span className="text-[var(--muted)]">
          Source: {i.source.url ? <a href={i.source.url} target="_blank" rel="noreferrer noopener" className="underline">{i.source.label}</a> : i.source.label}, as of {i.asOf}
        </span>
      </p>
    </li>
  );
}
