import type { TColumnSources, TProviderSummary } from "@/lib/schemas/provider";
import { FACT_ROWS, rowSources } from "./fact-rows";
import { SourceRefs, Unknown } from "./source-ref";

/** The typed facts, each with the fact it was read from (source, as-of date, staleness) or "unknown". */
export function KeyFacts({ provider, sources, today }: { provider: TProviderSummary; sources: TColumnSources; today: string }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {FACT_ROWS.map((row) => {
        const value = row.value(provider);
        const refs = rowSources(row, sources);
        return (
          <div key={row.key} className="min-w-0 border-b border-[var(--border)] pb-2">
            <dt className="text-sm text-[var(--muted)]">{row.label}</dt>
            <dd className="break-words">
              {value ?? <Unknown />}
              {value !== null && refs.length === 0 && <span className="block text-xs text-[var(--muted)]">no fact recorded</span>}
              <SourceRefs refs={value === null ? [] : refs} today={today} showDerivation />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
