"use client";

import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { addDays } from "@/lib/format/calendar";

/** Asks until which day to hide an alert or a whole group (default: a week); the caller saves it. */
export function AcknowledgeForm({ label, submitLabel, today, pending, error, onSubmit, onCancel }: {
  /** The form's accessible name, e.g. "Acknowledge: Uninsured: $25,000.50". */
  label: string;
  submitLabel: string;
  today: string;
  pending: boolean;
  error: string | null;
  onSubmit: (until: string) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [until, setUntil] = useState(addDays(today, 7));

  function submit(e: FormEvent) {
    e.preventDefault();
    onSubmit(until);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2" aria-label={label}>
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="text-sm font-medium">Hide until</label>
        <input
          id={id}
          type="date"
          required
          min={today}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-sm aria-[invalid=true]:border-red-600"
          autoFocus
        />
      </div>
      <Button type="submit" disabled={pending}>{pending ? "Saving…" : submitLabel}</Button>
      <Button type="button" variant="secondary" onClick={onCancel}>Cancel</Button>
      {error && <p id={`${id}-error`} className="basis-full text-sm text-red-700 dark:text-red-400">{error}</p>}
    </form>
  );
}
