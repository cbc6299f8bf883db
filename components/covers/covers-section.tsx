"use client";

import { useMemo, useState } from "react";
import { useWideLayout } from "@/components/layout/wide-layout";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import type { TCover } from "@/lib/schemas/cover";
import type { TSummary } from "@/lib/schemas/summary";
import { PaginationNav } from "@/components/positions/pagination-nav";
import { paginate } from "@/components/positions/table-model";
import { CoverCards } from "./cover-cards";
import { CoverRow } from "./cover-row";
import { claimWindows } from "./cover-status";

type CoversSectionProps = {
  covers: TCover[];
  summary: TSummary;
  onAdd: () => void;
  onEdit: (c: TCover) => void;
  onDelete: (c: TCover) => void;
};

const HEADERS = ["Type", "Amount", "Period", "Positions", "Status"];

export function CoversSection({ covers, summary, onAdd, onEdit, onDelete }: CoversSectionProps) {
  const wide = useWideLayout();
  const { canWrite } = usePortfolioRole();
  const [page, setPage] = useState(1);
  const view = paginate(covers, page);
  const windows = useMemo(() => claimWindows(summary.positions), [summary.positions]);
  return (
    <section aria-labelledby="covers-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="covers-heading" tabIndex={-1} className="text-xl font-semibold">Covers</h2>
        <span className="text-sm text-[var(--muted)]">{covers.length}</span>
        {canWrite && <Button type="button" className="ml-auto" onClick={onAdd}>Add cover</Button>}
      </div>
      {covers.length === 0 ? (
        <div className="rounded-lg border border-dashed border-[var(--border)] p-6 text-center text-sm text-[var(--muted)]">
          <p className="text-base font-medium text-[var(--fg)]">No covers recorded yet</p>
          <p>Record each policy you hold — from the provider catalog or bought elsewhere — and link it to the positions it protects.</p>
        </div>
      ) : !wide ? (
        <CoverCards covers={view.rows} asOf={summary.asOf} windows={windows} onEdit={onEdit} onDelete={onDelete} />
      ) : (
        <div role="region" aria-label="Covers table" tabIndex={0} className="relative overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)]">
          <table className="w-full min-w-[820px] border-collapse text-sm">
            <caption className="sr-only">Covers, by expiry date</caption>
            <thead>
              <tr>
                <th scope="col" className="sticky left-0 z-[1] bg-[var(--card)] px-2 py-2 text-left font-medium">Cover</th>
                {HEADERS.map((h) => (
                  <th key={h} scope="col" className={`px-2 py-2 font-medium ${h === "Amount" || h === "Positions" ? "text-right" : "text-left"}`}>{h}</th>
                ))}
                <th scope="col" className="px-2 py-2"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((c) => (
                <CoverRow key={c.id} cover={c} asOf={summary.asOf} claimWindowUntil={windows.get(c.id)} onEdit={onEdit} onDelete={onDelete} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PaginationNav label="Covers pages" view={view} onPage={(p) => {
        setPage(p);
        document.getElementById("covers-heading")?.scrollIntoView({ block: "start" });
      }} />
    </section>
  );
}
