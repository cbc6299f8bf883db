"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { latestExpiryDay } from "@/components/share/share-link-model";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { todayUtc } from "@/lib/format/calendar";
import type { TApiTokenCreated } from "@/lib/schemas/api-token";
import { useTRPC } from "@/lib/trpc/client";
import { formErrors } from "@/lib/trpc/errors";
import { NAME_MAX, SCOPE_HINTS, SCOPE_LABELS, nameError, scopeError, type TokenScope } from "./api-token-model";

const SCOPES: TokenScope[] = ["read", "read-write"];
const ALL = "";

/** Read only or read and write, each explained in a line; an error (from the form or the server) below. */
function ScopeChoice({ scope, error, onChange }: { scope: TokenScope; error: string | null | undefined; onChange: (s: TokenScope) => void }) {
  const errorId = useId();
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend className="mb-1 text-sm font-medium">Scope</legend>
      {SCOPES.map((s) => (
        <label key={s} className="flex items-start gap-2 text-sm">
          <input type="radio" name={name} value={s} className="mt-0.5 h-4 w-4 shrink-0" checked={scope === s} onChange={() => onChange(s)} />
          <span><strong className="font-medium">{SCOPE_LABELS[s]}</strong>: <span className="text-[var(--muted)]">{SCOPE_HINTS[s]}</span></span>
        </label>
      ))}
      {error && <p id={errorId} className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}

/** Creates a token: its name, scope, portfolio (or all) and optional last day. */
export function TokenCreateForm({ onCreated }: { onCreated: (created: TApiTokenCreated) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  const today = todayUtc();
  const [name, setName] = useState("");
  const [scope, setScope] = useState<TokenScope>("read");
  const [portfolioId, setPortfolioId] = useState(ALL);
  const [expiresAt, setExpiresAt] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const create = useMutation(trpc.apiToken.create.mutationOptions({
    onSuccess: async (created) => {
      setName("");
      setScope("read");
      setPortfolioId(ALL);
      setExpiresAt("");
      setSubmitted(false);
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: trpc.apiToken.list.queryKey() });
    },
  }));
  const server = formErrors(create.error);
  const role = portfolios.data?.find((p) => p.id === portfolioId)?.role;
  const localName = submitted ? nameError(name) : null;
  const localScope = scopeError(scope, role);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (nameError(name) || localScope) return;
    create.mutate({ name: name.trim(), scope, portfolioId: portfolioId === ALL ? null : portfolioId, expiresAt: expiresAt === "" ? null : expiresAt });
  };
  // A server error stays beside its field until the form is changed.
  const edit = <T,>(set: (v: T) => void) => (v: T) => { if (create.isError) create.reset(); set(v); };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="api-token-add-heading" className="flex flex-col gap-4 rounded-md border border-dashed border-[var(--border)] p-3">
      <h3 id="api-token-add-heading" className="font-semibold">Create a token</h3>
      <FormMessage message={create.error && Object.keys(server.fields).length === 0 ? server.message : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="off" maxLength={NAME_MAX + 20} value={name}
          error={localName ?? server.fields.name} hint="What uses it, e.g. “Nightly export” or “Treasury dashboard”."
          onChange={(e) => edit(setName)(e.target.value)} />
        <SelectField label="Portfolio" value={portfolioId} error={server.fields.portfolioId}
          hint={portfolioId === ALL ? "Every portfolio you are a member of, now and later." : "Only this portfolio: every other one is not found (404)."}
          onChange={(e) => edit(setPortfolioId)(e.target.value)}>
          <option value={ALL}>All portfolios</option>
          {portfolios.data?.map((p) => <option key={p.id} value={p.id}>{p.name}{p.role === "viewer" ? " (viewer: read only)" : ""}</option>)}
        </SelectField>
        <ScopeChoice scope={scope} error={localScope ?? server.fields.scope} onChange={edit(setScope)} />
        <TextField label="Expires after (optional)" type="date" value={expiresAt} min={today} max={latestExpiryDay(today)}
          error={server.fields.expiresAt} hint="The token works through the end of that day (UTC), at most a year. Empty: until you revoke it."
          onChange={(e) => edit(setExpiresAt)(e.target.value)} />
      </div>
      {portfolios.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">Your portfolios could not be loaded: a token for all of them can still be created.</p>}
      <div><Button type="submit" disabled={create.isPending}>{create.isPending ? "Creating…" : "Create token"}</Button></div>
    </form>
  );
}
