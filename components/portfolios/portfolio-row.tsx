"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { RoleBadge } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { formatUsd } from "@/lib/format/money";
import type { TPortfolio } from "@/lib/schemas/portfolio";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";

export function PortfolioRow({ portfolio }: { portfolio: TPortfolio }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(portfolio.name);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.portfolio.list.queryKey() });
  const rename = useMutation(trpc.portfolio.update.mutationOptions({ onSuccess: () => { setEditing(false); return refresh(); } }));
  const remove = useMutation(trpc.portfolio.delete.mutationOptions({ onSuccess: refresh }));

  function onRename(e: FormEvent) {
    e.preventDefault();
    rename.mutate({ id: portfolio.id, name });
  }

  if (editing) {
    return (
      <li className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <form onSubmit={onRename} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
          <div className="flex-1">
            <TextField label={`Rename ${portfolio.name}`} value={name} onChange={(e) => setName(e.target.value)} error={formErrors(rename.error).fields.name ?? (rename.error ? formErrors(rename.error).message : undefined)} autoFocus />
          </div>
          <Button type="submit" disabled={rename.isPending}>Save</Button>
          <Button type="button" variant="secondary" onClick={() => { setEditing(false); setName(portfolio.name); }}>Cancel</Button>
        </form>
      </li>
    );
  }

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4 sm:flex-row sm:items-center">
      <div className="flex-1">
        <span className="flex flex-wrap items-center gap-2">
          <Link href={`/portfolios/${portfolio.id}`} className="text-lg font-medium">{portfolio.name}</Link>
          <RoleBadge role={portfolio.role} memberCount={portfolio.memberCount} />
        </span>
        <p className="text-sm text-[var(--muted)]">
          {portfolio.positionCount} positions · {portfolio.coverCount} covers · {formatUsd(portfolio.totalValueUsd)}
        </p>
      </div>
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Confirm delete">
          <span className="text-sm">Delete “{portfolio.name}” and all its positions and covers?</span>
          <Button variant="danger" onClick={() => remove.mutate({ id: portfolio.id })} disabled={remove.isPending}>Delete</Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>Keep it</Button>
        </div>
      ) : portfolio.role === "owner" && (
        // Renaming and deleting are the owners' (DESIGN §13).
        <div className="flex gap-2">
          <Button variant="secondary" onClick={() => setEditing(true)} aria-label={`Rename ${portfolio.name}`}>Rename</Button>
          <Button variant="secondary" onClick={() => setConfirming(true)} aria-label={`Delete ${portfolio.name}`}>Delete</Button>
        </div>
      )}
    </li>
  );
}
