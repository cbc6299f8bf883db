import type { TFact } from "@/lib/schemas/provider";
import { factGroup, factLabel, factLines } from "./fact-format";
import { SourceLink, Unknown } from "./source-ref";

/** A fact as it arrives over the wire (an unknown value may be absent). */
type FactView = Omit<TFact, "value"> & { value?: unknown };

/** Every researched fact, grouped by topic: value as stated, source, as-of date, staleness, note. */
export function AllFacts({ facts, today }: { facts: Record<string, FactView | null>; today: string }) {
  const groups = new Map<string, [string, FactView | null][]>();
  for (const entry of Object.entries(facts)) {
    const group = factGroup(entry[0]);
    groups.set(group, [...(groups.get(group) ?? []), entry]);
  }
  return (
    <div className="flex flex-col gap-4">
      {[...groups].map(([group, entries]) => (
        <section key={group} aria-label={group} className="flex flex-col gap-2">
          <h3 className="font-semibold">{group}</h3>
          <dl className="flex flex-col gap-2">
            {entries.map(([key, fact]) => (
              <div key={key} className="min-w-0 border-l-2 border-[var(--border)] pl-3">
                {entries.length > 1 || factLabel(key) !== group ? <dt className="text-sm text-[var(--muted)]">{factLabel(key)}</dt> : <dt className="sr-only">{group}</dt>}
                <dd className="break-words text-sm">
                  {fact === null ? <Unknown what="unknown: researched, not found" /> : (
                    <>
                      {factLines(fact.value).map((line, i) => <span key={i} className="block">{line}</span>)}
                      <SourceLink source={fact.source} asOf={fact.asOf} today={today} confidence={fact.confidence} />
                      {fact.note && <span className="block text-xs text-[var(--muted)]">Note: {fact.note}</span>}
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
