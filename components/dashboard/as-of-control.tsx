"use client";

import { useId } from "react";
import { formatDay } from "@/lib/format/calendar";

function hintFor(asOf: string, today: string): string {
  if (asOf === today) return "Today. Pick a later date to see which cover will have lapsed by then.";
  if (asOf > today) return `Looking ahead to ${formatDay(asOf)}: covers count as they will on that day.`;
  return `Looking back to ${formatDay(asOf)}: covers count as they did on that day.`;
}

/** Looks ahead (or back): every figure and alert is recomputed for the chosen day. */
export function AsOfControl({ asOf, today, updating, onChange }: {
  asOf: string; today: string; updating: boolean; onChange: (day: string | null) => void;
}) {
  const id = useId();
  const isToday = asOf === today;
  return (
    <div className="flex flex-wrap items-end gap-x-4 gap-y-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">Figures as of</label>
        <input
          id={id}
          type="date"
          value={asOf}
          aria-describedby={`${id}-hint`}
          onChange={(e) => { if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) onChange(e.target.value === today ? null : e.target.value); }}
          className="rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-sm"
        />
      </div>
      {!isToday && (
        <button type="button" onClick={() => onChange(null)} className="min-h-10 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
          Back to today
        </button>
      )}
      <p id={`${id}-hint`} className="text-sm text-[var(--muted)]" aria-live="polite">
        {updating ? "Updating figures…" : hintFor(asOf, today)}
      </p>
    </div>
  );
}
