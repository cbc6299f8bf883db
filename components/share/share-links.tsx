"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { todayUtc } from "@/lib/format/calendar";
import type { TShareCreated, TShareLink } from "@/lib/schemas/share";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { errorCode, latestExpiryDay, STATUS_LABELS } from "./share-link-model";

const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" });
const when = (iso: string | null) => (iso ? dateTime.format(new Date(iso)) : "never");

/** The new link's address, shown once: it cannot be shown again (only its hash is kept). */
function CreatedLink({ created, onDismiss }: { created: TShareCreated; onDismiss: () => void }) {
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.url);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-teal-600 p-3 text-sm">
      <p className="font-medium">Link created. Copy it now: it is shown only this once.</p>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          readOnly value={created.url} aria-label="Share link address" onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 font-mono text-xs"
        />
        <Button type="button" onClick={copy}>Copy</Button>
        <Button type="button" variant="secondary" onClick={onDismiss}>Done</Button>
      </div>
      {copied === "yes" && <p className="text-teal-800 dark:text-teal-300">Copied to the clipboard.</p>}
      {copied === "no" && <p className="text-red-700 dark:text-red-400">Could not copy: select the address and copy it by hand.</p>}
      <p className="text-[var(--muted)]">
        {created.hideAmounts ? "Amounts are hidden: the page shows shares of the total instead. " : "The page shows amounts in dollars. "}
        {created.expiresAt ? `It stops working on ${when(created.expiresAt)}.` : "It works until you revoke it."}
      </p>
    </div>
  );
}

function CreateForm({ portfolioId, onCreated }: { portfolioId: string; onCreated: (c: TShareCreated) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const today = todayUtc();
  const [expiresAt, setExpiresAt] = useState("");
  const [hide, setHide] = useState(false);
  const create = useMutation(trpc.share.create.mutationOptions({
    onSuccess: async (created) => {
      setExpiresAt("");
      setHide(false);
      onCreated(created);
      await queryClient.invalidateQueries({ queryKey: trpc.share.list.queryKey({ portfolioId }) });
    },
  }));
  const errors = create.isError ? formErrors(create.error) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ portfolioId, hideAmounts: hide, ...(expiresAt && { expiresAt }) });
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Create a share link" className="flex flex-col gap-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField
          label="Expires after (optional)" type="date" value={expiresAt} min={today} max={latestExpiryDay(today)}
          onChange={(e) => setExpiresAt(e.target.value)} error={errors?.fields.expiresAt}
          hint="The link works through the end of that day (UTC), at most a year. Empty: until you revoke it."
        />
        <label className="flex items-start gap-2 self-center text-sm">
          <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} className="mt-1" />
          <span><strong>Hide amounts</strong>: show every figure as a share of the total exposure instead of dollars.</span>
        </label>
      </div>
      {errors && Object.keys(errors.fields).length === 0 && <FormMessage message={errors.message} />}
      <div>
        <Button type="submit" disabled={create.isPending}>{create.isPending ? "Creating…" : "Create share link"}</Button>
      </div>
    </form>
  );
}

function RevokeButton({ link, portfolioId }: { link: TShareLink; portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(trpc.share.revoke.mutationOptions({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.share.list.queryKey({ portfolioId }) }),
  }));
  if (link.status === "revoked") return null;
  if (!confirming) {
    return <button type="button" className="text-red-700 underline dark:text-red-400" onClick={() => setConfirming(true)} aria-label={`Revoke the link created ${when(link.createdAt)}`}>Revoke</button>;
  }
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>Revoke? Anyone with the link loses access at once.</span>
      <Button type="button" variant="danger" className="min-h-8 px-2 py-1" disabled={revoke.isPending} onClick={() => revoke.mutate({ id: link.id })}>
        {revoke.isPending ? "Revoking…" : "Yes, revoke"}
      </Button>
      <Button type="button" variant="secondary" className="min-h-8 px-2 py-1" onClick={() => setConfirming(false)}>Cancel</Button>
      {revoke.isError && <span role="alert" className="text-red-700 dark:text-red-400">{formErrors(revoke.error).message}</span>}
    </span>
  );
}

const statusStyle: Record<TShareLink["status"], string> = {
  active: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-100",
  expired: "bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100",
  revoked: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100",
};

function LinkTable({ links, portfolioId }: { links: TShareLink[]; portfolioId: string }) {
  if (links.length === 0) return <p className="text-sm text-[var(--muted)]">No share links yet.</p>;
  const th = "px-2 py-1.5 text-left font-medium text-[var(--muted)]";
  const td = "px-2 py-1.5 align-top";
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">Share links of this portfolio</caption>
        <thead>
          <tr className="border-b border-[var(--border)]">
            <th scope="col" className={th}>Created</th>
            <th scope="col" className={th}>By</th>
            <th scope="col" className={th}>Expires</th>
            <th scope="col" className={th}>Amounts</th>
            <th scope="col" className={th}>Status</th>
            <th scope="col" className={th}><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {links.map((l) => (
            <tr key={l.id} className="border-b border-[var(--border)] last:border-0">
              <td className={td}>{when(l.createdAt)}</td>
              <td className={`${td} [overflow-wrap:anywhere]`}>{l.createdByName ?? "a deleted account"}</td>
              <td className={td}>{when(l.expiresAt)}</td>
              <td className={td}>{l.hideAmounts ? "Hidden (shares)" : "Shown"}</td>
              <td className={td}><span className={`rounded px-1.5 text-xs ${statusStyle[l.status]}`}>{STATUS_LABELS[l.status]}</span></td>
              <td className={td}><RevokeButton link={l} portfolioId={portfolioId} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** DESIGN §13: the owner's share links — create (address shown once), list with status, revoke. */
export function ShareLinks({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const { role, canManage } = usePortfolioRole(portfolioId);
  // An editor or viewer is not asked for the list (the API would refuse): the page says why instead.
  const links = useQuery(trpc.share.list.queryOptions({ portfolioId }, { enabled: canManage }));
  const [created, setCreated] = useState<TShareCreated | null>(null);

  if (!canManage) {
    return (
      <p className="rounded-md border border-[var(--border)] bg-[var(--card)] p-4 text-sm">
        You are {role === "editor" ? "an editor" : "a viewer"} of this portfolio: only its owners create and revoke share links.
      </p>
    );
  }

  if (links.isError) {
    const code = errorCode(links.error);
    const message = code === "FORBIDDEN"
      ? links.error.message || "Only the portfolio's owners manage share links."
      : code === "NOT_FOUND" ? "This portfolio does not exist, or you are not a member of it." : "Share links could not be loaded. Please reload the page.";
    return <p role="alert" className="rounded-md border border-[var(--border)] p-4 text-sm">{message}</p>;
  }
  // Only owners may list links: until the list answers, whether this member may create one is unknown.
  if (links.isPending) return <p className="text-sm text-[var(--muted)]">Loading share links…</p>;
  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="share-create-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <h2 id="share-create-heading" className="text-lg font-semibold">New share link</h2>
        <p className="text-sm text-[var(--muted)]">
          Anyone with the link can read this portfolio&apos;s dashboard and positions without signing in, until it expires or you revoke it.
          Search engines are asked not to index it.
        </p>
        {created ? <CreatedLink created={created} onDismiss={() => setCreated(null)} /> : <CreateForm portfolioId={portfolioId} onCreated={setCreated} />}
      </section>
      <section aria-labelledby="share-list-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <h2 id="share-list-heading" className="text-lg font-semibold">Links of this portfolio</h2>
        <LinkTable links={links.data} portfolioId={portfolioId} />
      </section>
    </div>
  );
}
