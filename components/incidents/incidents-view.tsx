"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { COVERAGE_LABELS } from "@/components/covers/coverage-labels";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useDebounced } from "@/components/ui/use-debounced";
import { chainName, KNOWN_CHAINS } from "@/lib/chains";
import { COVERAGE_TYPES } from "@/lib/schemas/values";
import { useTRPC } from "@/lib/trpc/client";
import { hasIncidentFilters, incidentQuery, NO_INCIDENT_FILTERS, rangeError, type IncidentFilters } from "./incident-filters-model";
import { IncidentRow } from "./incident-row";

export const INCIDENT_PAGE = 25;

/** The incident catalog, newest first, filtered on the server, a page at a time. */
export function IncidentsView({ venue = "" }: { venue?: string }) {
  const trpc = useTRPC();
  const [filters, setFilters] = useState<IncidentFilters>({ ...NO_INCIDENT_FILTERS, venue });
  const q = useDebounced(filters.q, 300);
  const input = { ...incidentQuery({ ...filters, q }), limit: INCIDENT_PAGE };
  const pages = useInfiniteQuery(trpc.incident.list.infiniteQueryOptions(input, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  }));
  const set = (field: keyof IncidentFilters) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [field]: e.target.value }));
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? null;

  return (
    <div className="flex flex-col gap-4">
      <form role="search" aria-label="Filter incidents" onSubmit={(e) => e.preventDefault()}
        className="grid grid-cols-1 gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3 sm:grid-cols-3 lg:grid-cols-6">
        <div className="sm:col-span-3 lg:col-span-2">
          <TextField label="Search" type="search" value={filters.q} onChange={set("q")} placeholder="Venue or root cause, e.g. curve" maxLength={100} />
        </div>
        <SelectField label="Kind" value={filters.kind} onChange={set("kind")}>
          <option value="">All kinds</option>
          {COVERAGE_TYPES.map((k) => <option key={k} value={k}>{COVERAGE_LABELS[k]}</option>)}
        </SelectField>
        <SelectField label="Chain" value={filters.chain} onChange={set("chain")}>
          <option value="">All chains</option>
          {KNOWN_CHAINS.map((c) => <option key={c} value={c}>{chainName(c)}</option>)}
        </SelectField>
        <TextField label="From" type="date" value={filters.from} onChange={set("from")} />
        <TextField label="To" type="date" value={filters.to} min={filters.from || undefined} onChange={set("to")} error={rangeError(filters)} />
      </form>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {filters.venue && (
          <span className="rounded bg-slate-100 px-2 py-1 dark:bg-slate-800">
            Venue: {filters.venue}{" "}
            <button type="button" className="underline" onClick={() => setFilters((f) => ({ ...f, venue: "" }))} aria-label={`Show every venue, not only ${filters.venue}`}>×</button>
          </span>
        )}
        <p aria-live="polite">
          {total === null ? "Loading incidents…" : total === 0 ? "No incident matches these filters." : `${total.toLocaleString("en-US")} incident${total === 1 ? "" : "s"}, newest first`}
        </p>
        {hasIncidentFilters(filters) && (
          <button type="button" className="underline" onClick={() => setFilters(NO_INCIDENT_FILTERS)}>Clear filters</button>
        )}
      </div>
      {pages.isError && (
        <p role="alert" className="rounded-lg border border-red-600 p-3 text-red-800 dark:text-red-300">
          Incidents could not be loaded. <button type="button" className="underline" onClick={() => pages.refetch()}>Try again</button>
        </p>
      )}
      <ol className="flex flex-col gap-3" aria-label="Incidents" aria-busy={pages.isPlaceholderData}>
        {items.map((i) => <IncidentRow key={i.id} incident={i} />)}
      </ol>
      {pages.hasNextPage && (
        <Button variant="secondary" className="self-start" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
          {pages.isFetchingNextPage ? "Loading…" : `Show ${INCIDENT_PAGE} more`}
        </Button>
      )}
    </div>
  );
}
