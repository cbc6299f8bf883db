"use client";

import Link from "next/link";
import { useCallback, useDeferredValue, useMemo } from "react";
import { useWideLayout } from "@/components/layout/wide-layout";
import { usePortfolioRole, ViewOnlyNote } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import { formatUsd } from "@/lib/format/money";
import type { TSummary } from "@/lib/schemas/summary";
import { EmptyPositions } from "./empty-positions";
import { formatCount, PaginationNav } from "./pagination-nav";
import { PositionCards } from "./position-cards";
import { PositionsFilters } from "./positions-filters";
import { PositionsTable } from "./positions-table";
import { SortSelect } from "./sort-select";
import { facets, nextSort, tableView, type PositionRow, type SortKey } from "./table-model";
import { useTableState } from "./use-table-state";

type PositionsSectionProps = {
  portfolioId: string;
  summary: TSummary;
  onAdd: () => void;
  onEdit: (id: string) => void;
  onDelete: (row: PositionRow) => void;
};

export function PositionsSection({ portfolioId, summary, onAdd, onEdit, onDelete }: PositionsSectionProps) {
  const [state, change] = useTableState();
  const { canWrite } = usePortfolioRole();
  // One layout in the DOM at a time: cards on phones, the table from 640 px.
  const wide = useWideLayout();
  const rows = summary.positions;
  const options = useMemo(() => facets(rows), [rows]);
  // Typing and clicks update the controls at once; the table follows without blocking them.
  const deferred = useDeferredValue(state);
  const view = useMemo(() => tableView(rows, deferred), [rows, deferred]);
  const onSort = useCallback((key: SortKey) => change((current) => nextSort(current, key)), [change]);
  const { totals } = summary;
  const filtered = view.total !== rows.length;

  return (
    <section aria-labelledby="positions-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="positions-heading" tabIndex={-1} className="text-xl font-semibold">Positions</h2>
        <span className="text-sm text-[var(--muted)]">{formatCount(rows.length)}</span>
        {canWrite && (
          <div className="ml-auto flex flex-wrap items-center gap-3">
            <Link href={`/portfolios/${portfolioId}/import`} className="text-sm">Import CSV</Link>
            <Button type="button" onClick={onAdd}>Add position</Button>
          </div>
        )}
      </div>
      {!canWrite && <ViewOnlyNote />}
      {rows.length === 0 ? <EmptyPositions portfolioId={portfolioId} onAdd={canWrite ? onAdd : undefined} /> : (
        <>
          <p className="text-sm">
            Total {formatUsd(totals.valueUsd)} · <span className="text-teal-800 dark:text-teal-300">insured {formatUsd(totals.insuredUsd)}</span> ·{" "}
            <span className="text-orange-800 dark:text-orange-300">uninsured {formatUsd(totals.uninsuredUsd)}</span>
            <span className="text-[var(--muted)]"> (held covers, as of <span className="whitespace-nowrap">{summary.asOf}</span>)</span>
          </p>
          <PositionsFilters state={state} chains={options.chains} flagCounts={options.flags} onChange={change}>
            {!wide && <SortSelect state={state} onChange={change} />}
          </PositionsFilters>
          <p aria-live="polite" className="text-sm text-[var(--muted)]">
            {view.total === 0 ? "No positions match these filters." :
              `Showing ${formatCount(view.from)}–${formatCount(view.to)} of ${formatCount(view.total)}${filtered ? ` matching (${formatCount(rows.length)} in all)` : ""}`}
          </p>
          {view.total > 0 && (wide ? (
            <PositionsTable rows={view.rows} sort={deferred.sort} dir={deferred.dir} onSort={onSort} onEdit={onEdit} onDelete={onDelete} />
          ) : <PositionCards rows={view.rows} onEdit={onEdit} onDelete={onDelete} />)}
          <PaginationNav label="Positions pages" view={view} onPage={(page) => {
            change({ page });
            document.getElementById("positions-heading")?.scrollIntoView({ block: "start" });
          }} />
        </>
      )}
    </section>
  );
}
