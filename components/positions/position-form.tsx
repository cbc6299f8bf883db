"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { VenuePicker, type VenueChoice } from "@/components/venues/venue-picker";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { ASSET_KINDS, RISK_GRADES, VENUE_KINDS } from "@/lib/schemas/values";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { EMPTY_POSITION, toPositionInput, validatePosition, type PositionFormValues } from "./position-form-model";
import { amountHint } from "./amount-hint";
import { ChainSelect } from "./chain-select";
import { keepFocus } from "./keep-focus";
import { useFormFields } from "./use-form-fields";
import { usePortfolioRefresh } from "./use-portfolio-refresh";
import { ASSET_KIND_LABELS, VENUE_KIND_LABELS } from "./kind-labels";

type PositionFormProps = {
  portfolioId: string;
  positionId?: string;
  initial?: PositionFormValues;
  /** The catalog's name of the initial venue; null = unlisted. */
  initialVenueName?: string | null;
  onDone: () => void;
};

/** The chosen venue as the form needs it: its name (null = unlisted) and chains (null = not known yet). */
type VenueMeta = { name: string | null; chains: string[] | null };

export function PositionForm({ portfolioId, positionId, initial = EMPTY_POSITION, initialVenueName = null, onDone }: PositionFormProps) {
  const trpc = useTRPC();
  const [venue, setVenue] = useState<VenueMeta>({ name: initialVenueName, chains: null });
  // Editing a catalog venue: its chains, to narrow the chain list as a fresh choice would.
  const initialVenue = useQuery(trpc.venue.bySlugs.queryOptions({ slugs: [initial.venue] }, { enabled: initialVenueName !== null && initial.venue !== "" }));
  const venueChains = venue.chains ?? initialVenue.data?.find((v) => v.slug === initial.venue)?.chains ?? [];
  const refresh = usePortfolioRefresh();
  const form = useFormFields(initial, validatePosition);
  const formRef = useRef<HTMLFormElement>(null);
  const options = { onSuccess: async () => { await refresh(); onDone(); } };
  const create = useMutation(trpc.position.create.mutationOptions(options));
  const update = useMutation(trpc.position.update.mutationOptions(options));
  const mutation = positionId ? update : create;
  const server = formErrors(mutation.error);
  const { values, set, update: setMany, touch, errorFor } = form;

  /** A catalog venue fills where it is held and narrows the chains; an unlisted one offers every chain. */
  function chooseVenue(choice: VenueChoice) {
    const chains = choice?.venue?.chains ?? [];
    setVenue({ name: choice?.venue ? choice.venue.name : null, chains });
    setMany((v) => {
      const kind = choice?.venue?.kind ?? v.venueKind;
      const chain = chains.length === 1 ? chains[0]! : chains.length > 0 && !chains.includes(v.chain) ? "" : v.chain;
      return { ...v, venue: choice?.slug ?? "", venueKind: kind, chain };
    }, ["venue", "venueKind", "chain"]);
  }

  useEffect(() => {
    if (form.submitCount > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [form.submitCount]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.submit()) return;
    const input = toPositionInput(values);
    if (positionId) update.mutate({ id: positionId, ...input });
    else create.mutate({ portfolioId, ...input });
  }

  const text = (field: "label" | "asset" | "valueUsd" | "quantity") => ({
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: () => touch(field),
    error: errorFor(field, server.fields),
  });
  const valueHint = amountHint(values.valueUsd, "In US dollars, today");

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={mutation.error ? server.message : null} />
      <TextField label="Label" placeholder="e.g. Aave v3 USDC deposit" autoComplete="off" {...text("label")} />
      <VenuePicker value={values.venue} valueName={values.venue === "" ? null : venue.name} onChoose={chooseVenue}
        onBlur={() => touch("venue")} error={errorFor("venue", server.fields)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Held at" name="venueKind" value={values.venueKind} error={errorFor("venueKind", server.fields)}
          onChange={(e) => set("venueKind", e.target.value as PositionFormValues["venueKind"])} onBlur={() => touch("venueKind")}>
          <option value="">Choose…</option>
          {VENUE_KINDS.map((k) => <option key={k} value={k}>{VENUE_KIND_LABELS[k]}</option>)}
        </SelectField>
        <ChainSelect value={values.chain} venueChains={venueChains} venueName={venue.name} error={errorFor("chain", server.fields)}
          onChange={(c) => set("chain", c)} onBlur={() => touch("chain")} />
        <TextField label="Asset" placeholder="e.g. USDC, ETH, stETH" autoComplete="off" {...text("asset")} />
        <SelectField label="Asset kind" name="assetKind" value={values.assetKind} error={errorFor("assetKind", server.fields)}
          onChange={(e) => set("assetKind", e.target.value as PositionFormValues["assetKind"])} onBlur={() => touch("assetKind")}>
          <option value="">Choose…</option>
          {ASSET_KINDS.map((k) => <option key={k} value={k}>{ASSET_KIND_LABELS[k]}</option>)}
        </SelectField>
        <TextField label="Value (USD)" inputMode="decimal" placeholder="e.g. 100000" autoComplete="off" hint={valueHint} {...text("valueUsd")} />
        <TextField label="Quantity (optional)" inputMode="decimal" autoComplete="off" {...text("quantity")} />
        <SelectField label="Risk grade (optional)" name="riskGrade" value={values.riskGrade} error={errorFor("riskGrade", server.fields)}
          hint="A = safest; used by the budget optimizer" onChange={(e) => set("riskGrade", e.target.value as PositionFormValues["riskGrade"])}>
          <option value="">Not graded</option>
          {RISK_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
        </SelectField>
      </div>
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone} onMouseDown={keepFocus}>Cancel</Button>
        <Button type="submit" disabled={mutation.isPending} onMouseDown={keepFocus}>
          {mutation.isPending ? "Saving…" : positionId ? "Save position" : "Add position"}
        </Button>
      </div>
    </form>
  );
}
