"use client";

import { useId, useMemo, useState } from "react";
import { TextField } from "@/components/ui/field";
import { formatUsd } from "@/lib/format/money";
import { formatCount } from "@/components/positions/pagination-nav";
import { checklistView, toggleAll, type ChecklistItem } from "./checklist-model";

type PositionChecklistProps = { items: ChecklistItem[]; selected: string[]; onChange: (ids: string[]) => void; error?: string };

const linkButton = "rounded px-2 py-1 text-sm text-[var(--accent)] hover:underline disabled:opacity-50 disabled:no-underline";

/** A searchable checklist that stays fast with thousands of positions: it renders at most 200 rows. */
export function PositionChecklist({ items, selected, onChange, error }: PositionChecklistProps) {
  const [query, setQuery] = useState("");
  const [onlySelected, setOnlySelected] = useState(false);
  const errorId = useId();
  const picked = useMemo(() => new Set(selected), [selected]);
  const view = useMemo(() => checklistView(items, query, picked, onlySelected), [items, query, picked, onlySelected]);
  const matchingIds = view.matching.map((i) => i.id);
  const filtered = query.trim() !== "" || onlySelected;

  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset aria-describedby={error ? errorId : undefined} data-invalid={error ? true : undefined} tabIndex={error ? -1 : undefined} className="flex flex-col gap-2 rounded-md border border-[var(--border)] p-3">
      <legend className="px-1 text-sm font-medium">Positions this cover protects</legend>
      <p className="text-sm text-[var(--muted)]" aria-live="polite">{formatCount(selected.length)} of {formatCount(items.length)} selected</p>
      {items.length === 0 ? (
        <p className="text-sm">This portfolio has no positions yet. You can save the cover now and link positions later.</p>
      ) : (
        <>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
            <div className="flex-1">
              <TextField label="Find positions" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Label, venue or chain" autoComplete="off" />
            </div>
            <label className="flex min-h-10 items-center gap-2 text-sm">
              <input type="checkbox" checked={onlySelected} onChange={(e) => setOnlySelected(e.target.checked)} className="size-4" />
              Only selected
            </label>
          </div>
          <div className="flex flex-wrap gap-1">
            <button type="button" className={linkButton} disabled={matchingIds.length === 0} onClick={() => onChange(toggleAll(selected, matchingIds, true))}>
              Select {filtered ? `${formatCount(matchingIds.length)} matching` : "all"}
            </button>
            <button type="button" className={linkButton} disabled={selected.length === 0} onClick={() => onChange(toggleAll(selected, matchingIds, false))}>
              Clear {filtered ? `${formatCount(matchingIds.length)} matching` : "all"}
            </button>
          </div>
          <ul className="max-h-64 overflow-y-auto rounded border border-[var(--border)]" aria-label="Positions">
            {view.shown.map((item) => (
              <li key={item.id} className="border-b border-[var(--border)] last:border-b-0">
                <label className="flex cursor-pointer items-start gap-2 px-2 py-2 text-sm hover:bg-slate-50 dark:hover:bg-slate-800">
                  <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={picked.has(item.id)} onChange={(e) => toggle(item.id, e.target.checked)} />
                  <span className="min-w-0">
                    <span className="break-words">{item.label}</span>
                    <span className="block text-xs text-[var(--muted)]">{item.venue} · {item.chain} · {formatUsd(item.valueUsd)}</span>
                  </span>
                </label>
              </li>
            ))}
            {view.shown.length === 0 && <li className="px-2 py-2 text-sm text-[var(--muted)]">No position matches.</li>}
          </ul>
          {view.matching.length > view.shown.length && (
            <p className="text-xs text-[var(--muted)]">Showing the first {formatCount(view.shown.length)} of {formatCount(view.matching.length)}; type to narrow the list.</p>
          )}
        </>
      )}
      {error && <p id={errorId} className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
