"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useRef, useState } from "react";
import { formatRatio } from "@/lib/format/money";
import type { TForPortfolioOutput, TPriceBasis } from "@/lib/schemas/recommendation";
import { useTRPC } from "@/lib/trpc/client";
import { filterInput, NO_FILTERS, type Filters } from "./filter-model";
import { Pager } from "./pager";
import { PositionCard } from "./position-card";
import { PrefsNote } from "./prefs-note";
import { SuggestionFilters } from "./suggestion-filters";
import { AdviceProvider } from "./advice-context";
import { SharedWarnings } from "./shared-warnings-block";
import { sharedWarnings } from "./shared-warnings";

const PAGE = 10;

function Counts({ data }: { data: TForPortfolioOutput }) {
  const c = data.counts;
  const target = formatRatio(data.prefs.targetRatio);
  return (
    <p className="text-sm">
      <strong>{c.belowTarget}</strong> of {c.positions} position{c.positions === 1 ? "" : "s"} {c.belowTarget === 1 ? "is" : "are"} below
      your {target} target; {c.atTarget} at or above it{c.noCoverMarket > 0 && `; ${c.noCoverMarket} carry no risk any cover market insures`}.
      {c.withoutProduct > 0 && ` For ${c.withoutProduct}, no catalog product fits your settings.`}
    </p>
  );
}

function Empty({ data }: { data: TForPortfolioOutput }) {
  const base = `/portfolios/${data.portfolio.id}`;
  if (data.counts.positions === 0) {
    return (
      <p className="rounded-lg border border-dashed border-[var(--border)] p-4">
        <strong>No positions yet.</strong> <Link href={`${base}/positions`} className="underline">Add the positions you hold</Link> or{" "}
        <Link href={`${base}/import`} className="underline">import them from a CSV file</Link>, and suggestions appear here.
      </p>
    );
  }
  return (
    <p className="rounded-lg border border-dashed border-[var(--border)] p-4">
      <strong>Nothing to buy.</strong> Every position is insured to at least your {formatRatio(data.prefs.targetRatio)} target
      (drafts not counted). Raise the target in <Link href="/settings" className="underline">Settings</Link> to see more.
    </p>
  );
}

/** Per-position suggestions, filtered by risk and risk grade on the server, a page at a time. */
export function SuggestionsSection({ portfolioId, priceBasis = "mid" }: { portfolioId: string; priceBasis?: TPriceBasis }) {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const query = useQuery(trpc.recommendation.forPortfolio.queryOptions(
    { portfolioId, ...filterInput(filters), offset, limit: PAGE, priceBasis },
    { placeholderData: keepPreviousData },
  ));
  const data = query.data;
  const shared = useMemo(() => sharedWarnings(data?.positions ?? []), [data]);
  const top = useRef<HTMLHeadingElement>(null);
  const goTo = (next: number) => {
    setOffset(next);
    top.current?.scrollIntoView({ block: "start" });
  };

  return (
    <section id="suggestions" aria-labelledby="suggestions-heading" className="flex flex-col gap-3">
      <h2 id="suggestions-heading" ref={top} className="scroll-mt-4 text-xl font-semibold">Suggestions per position</h2>
      {query.isError && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-600 p-3 text-red-800 dark:text-red-300">
          Suggestions could not be loaded.
          <button type="button" onClick={() => query.refetch()} className="min-h-10 rounded-md border border-current px-3 text-sm">Try again</button>
        </div>
      )}
      {!data && !query.isError && <p role="status" className="text-[var(--muted)]">Working out what to buy…</p>}
      {data && (
        <>
          <PrefsNote prefs={data.prefs} />
          <Counts data={data} />
          {data.counts.belowTarget === 0 ? <Empty data={data} /> : (
            <>
              <SuggestionFilters filters={filters} risks={data.risks} onChange={(f) => { setFilters(f); setOffset(0); }} />
              <Pager page={data.page} onOffset={goTo} busy={query.isPlaceholderData} />
              <SharedWarnings warnings={shared} />
              <AdviceProvider value={{ priceBasis, sharedWarnings: shared }}>
                <div className="flex flex-col gap-4" aria-busy={query.isPlaceholderData}>
                  {data.positions.map((p) => (
                    <PositionCard key={p.id} position={p} targetRatio={data.prefs.targetRatio} portfolioId={portfolioId} />
                  ))}
                </div>
              </AdviceProvider>
              {data.page.total > PAGE && <Pager page={data.page} onOffset={goTo} busy={query.isPlaceholderData} />}
            </>
          )}
        </>
      )}
    </section>
  );
}
