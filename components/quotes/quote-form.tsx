"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { todayUtc } from "@/lib/format/calendar";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { emptyQuote, toQuoteInput, type QuoteValues } from "./quote-form-model";

type Props = { portfolioId: string; productId: string; productLabel: string; onDone: () => void; onSaved?: () => void };

/** "I got a quote": the rate a provider's app or broker quoted; while valid it prices the product everywhere. */
export function QuoteForm({ portfolioId, productId, productLabel, onDone, onSaved }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayUtc();
  const [values, setValues] = useState<QuoteValues>(() => emptyQuote(today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const create = useMutation(trpc.quote.create.mutationOptions({
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.quote.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.recommendation.pathKey() }),
      ]);
      onSaved?.();
      onDone();
    },
    onError: (e) => setErrors(formErrors(e).fields),
  }));
  const set = (field: keyof QuoteValues) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = toQuoteInput(values, { portfolioId, productId }, today);
    setErrors(checked.errors ?? {});
    if (checked.input) create.mutate(checked.input);
  };
  const serverMessage = create.isError && Object.keys(formErrors(create.error).fields).length === 0 ? formErrors(create.error).message : null;

  return (
    <form onSubmit={submit} noValidate aria-label={`Record a quote for ${productLabel}`} className="flex flex-col gap-3 rounded-md border border-[var(--border)] p-3">
      <p className="text-sm">
        The annual rate you were quoted for <strong>{productLabel}</strong>. While it is valid it prices this product in every
        suggestion and in the optimizer. Without an end date it counts for 30 days.
      </p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField label="Annual rate (%)" inputMode="decimal" value={values.ratePct} onChange={set("ratePct")} error={errors.ratePct ?? errors.productId} required />
        <TextField label="Quoted on" type="date" value={values.quotedAt} max={today} onChange={set("quotedAt")} error={errors.quotedAt} required />
        <TextField label="Valid until (optional)" type="date" value={values.validUntil} min={values.quotedAt} onChange={set("validUntil")} error={errors.validUntil} />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField label="Note (optional)" value={values.note} maxLength={500} onChange={set("note")} error={errors.note} />
        <TextField label="Link to the quote (optional)" type="url" value={values.url} placeholder="https://" onChange={set("url")} error={errors.url} />
      </div>
      <FormMessage message={serverMessage} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={create.isPending}>{create.isPending ? "Saving…" : "Save quote"}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
