"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { DEFAULT_CATALOG, filtersOf, hasFilters, MAX_SELECTED, toggleSelected } from "./catalog-url";
import { CatalogFilters } from "./catalog-filters";
import { chainOptions, sortProviders } from "./catalog-model";
import { CompareTray } from "./compare-tray";
import { WEIGHTS_SOURCE_LABELS } from "./labels";
import { ProviderCard } from "./provider-card";
import { useCatalogState } from "./use-catalog-state";

/** The catalog: filters and sort in the address, provider cards, and the compare selection. */
export function ProviderCatalog({ signedIn, today }: { signedIn: boolean; today: string }) {
  const trpc = useTRPC();
  const [state, change] = useCatalogState();
  const filtered = hasFilters(state);
  const all = useQuery(trpc.provider.list.queryOptions());
  const shown = useQuery({
    ...trpc.provider.list.queryOptions({ filters: filtersOf(state) }),
    enabled: filtered,
    placeholderData: keepPreviousData,
  });
  const settings = useQuery({ ...trpc.settings.get.queryOptions(), enabled: signedIn });
  const rows = filtered ? shown.data : all.data;
  const error = all.error ?? (filtered ? shown.error : null);
  const names = new Map((all.data ?? []).map((p) => [p.slug, p.name]));
  const selected = state.selected.map((slug) => ({ slug, name: names.get(slug) ?? slug }));
  const toggle = (slug: string) => change({ selected: toggleSelected(state.selected, slug) });
  const clearFilters = () => change({ ...DEFAULT_CATALOG, sort: state.sort, selected: state.selected });

  return (
    <div className="flex flex-col gap-5">
      <CatalogFilters state={state} onChange={change} chains={chainOptions(all.data ?? [])} userRegion={settings.data?.region ?? null} />
      {error && <FormMessage message="The catalog could not be loaded. Reload the page to try again." />}
      {!rows && !error && <p role="status" className="text-[var(--muted)]">Loading providers…</p>}
      {rows && (
        <>
          <p role="status" className="text-sm text-[var(--muted)]">
            {rows.length} of {all.data?.length ?? rows.length} providers
            {rows[0] && <> · scores use {WEIGHTS_SOURCE_LABELS[rows[0].score.weightsSource]} and rank the whole catalog</>}
          </p>
          {rows.length === 0 ? (
            <div className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-[var(--border)] bg-[var(--card)] p-6">
              <p className="font-medium">No provider matches these filters.</p>
              <Button type="button" variant="secondary" onClick={clearFilters}>Clear filters</Button>
            </div>
          ) : (
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {sortProviders(rows, state.sort).map((p) => (
                <ProviderCard key={p.slug} provider={p} today={today} selected={state.selected.includes(p.slug)}
                  selectionFull={state.selected.length >= MAX_SELECTED} onToggle={() => toggle(p.slug)} />
              ))}
            </div>
          )}
        </>
      )}
      <CompareTray selected={selected} onRemove={toggle} onClear={() => change({ selected: [] })} />
    </div>
  );
}
