import type { TSourceRef } from "@/lib/schemas/provider";
import { factLabel } from "./fact-format";
import { factAge, STALE_AFTER_MONTHS } from "./staleness";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

const BADGE = "rounded border px-1 text-xs font-medium";

/** The fact's age ("as of 1 Jun 2022 · 4 years old"), with a Stale badge past 18 months; an undated fact says so. */
export function FactAgeLabel({ asOf, today }: { asOf: string | null; today: string }) {
  const age = factAge({ asOf }, today);
  if (age.state === "undated") {
    return <span className={`${BADGE} border-[var(--border)]`} data-fact-age="undated">{age.label}</span>;
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5" data-fact-age={age.state}>
      <span>{age.label}</span>
      {age.state === "stale" && (
        <span className={`${BADGE} border-amber-600 text-amber-800 dark:border-amber-400 dark:text-amber-300`}>
          Stale<span className="sr-only"> (older than {STALE_AFTER_MONTHS} months)</span>
        </span>
      )}
    </span>
  );
}

/** Where a figure comes from: the source's site (a link, new tab), its as-of date and age, and a stale badge. */
export function SourceLink({ source, asOf, today, confidence }: {
  source: string | null; asOf: string | null; today: string; confidence?: string | null;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-1.5 gap-y-0.5 text-xs text-[var(--muted)]">
      {source ? (
        <a href={source} target="_blank" rel="noopener noreferrer" className="break-all underline underline-offset-2" data-source-link>
          {hostOf(source)}<span className="sr-only"> (source, opens in a new tab)</span>
        </a>
      ) : (
        <span>no source (unsourced remark)</span>
      )}
      <FactAgeLabel asOf={asOf} today={today} />
      {confidence && <span className="italic">{confidence} confidence</span>}
    </span>
  );
}

/** All the sources of one figure, with how CoverDesk read each fact. */
export function SourceRefs({ refs, today, showDerivation = false, labelled = false }: {
  refs: TSourceRef[]; today: string; showDerivation?: boolean; /** Name the fact before its source. */ labelled?: boolean;
}) {
  if (refs.length === 0) return null;
  return (
    <ul className="mt-0.5 flex flex-col gap-0.5">
      {refs.map((r) => (
        <li key={`${r.factKey}-${r.source}`}>
          {labelled && r.factKey && <span className="mr-1.5 text-xs">{factLabel(r.factKey)}:</span>}
          <SourceLink source={r.source} asOf={r.asOf} today={today} confidence={r.confidence} />
          {showDerivation && r.derivation && <span className="block text-xs text-[var(--muted)]">Read as: {r.derivation}</span>}
        </li>
      ))}
    </ul>
  );
}

export function Unknown({ what = "unknown" }: { what?: string }) {
  return <span className="italic text-[var(--muted)]">{what}</span>;
}
