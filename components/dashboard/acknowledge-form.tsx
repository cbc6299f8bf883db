"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { addDays } from "./format";

/** Hides one alert until a chosen day (default: a week). */
export function AcknowledgeForm({ alertKey, alertTitle, portfolioId, today, onDone }: {
  alertKey: string; alertTitle: string; portfolioId: string; today: string; onDone: (hidden: boolean) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [until, setUntil] = useState(addDays(today, 7));
  const acknowledge = useMutation(trpc.alert.acknowledge.mutationOptions({
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: trpc.alert.list.queryKey({ portfolioId }) });
      onDone(true);
    },
  }));
  const errors = formErrors(acknowledge.error);
  const error = errors.fields.until ?? errors.fields.key ?? errors.message;

  function submit(e: FormEvent) {
    e.preventDefault();
    acknowledge.mutate({ key: alertKey, until });
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-wrap items-end gap-2" aria-label={`Acknowledge: ${alertTitle}`}>
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
      <Button type="submit" disabled={acknowledge.isPending}>{acknowledge.isPending ? "Saving…" : "Hide alert"}</Button>
      <Button type="button" variant="secondary" onClick={() => onDone(false)}>Cancel</Button>
      {error && <p id={`${id}-error`} className="basis-full text-sm text-red-700 dark:text-red-400">{error}</p>}
    </form>
  );
}
