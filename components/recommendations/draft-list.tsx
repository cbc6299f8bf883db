"use client";

import { useMutation } from "@tanstack/react-query";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatDay, riskLabel } from "@/lib/format/calendar";
import { Button } from "@/components/ui/button";
import { formatUsd } from "@/lib/format/money";
import type { TDraftCover } from "@/lib/schemas/recommendation";
import { useTRPC } from "@/lib/trpc/client";
import { formatErrorMessage } from "./error-text";
import { useRecommendationRefresh } from "./use-recommendation-refresh";

function DraftRow({ draft }: { draft: TDraftCover }) {
  const trpc = useTRPC();
  const refresh = useRecommendationRefresh();
  const hold = useMutation(trpc.cover.update.mutationOptions({ onSuccess: () => refresh() }));
  const discard = useMutation(trpc.cover.delete.mutationOptions({ onSuccess: () => refresh() }));
  const busy = hold.isPending || discard.isPending;
  const { canWrite } = usePortfolioRole();
  const name = draft.providerName ? `${draft.providerName} ${draft.productName}` : draft.productName;
  const error = hold.error ?? discard.error;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-dashed border-[var(--border)] p-3 sm:flex-row sm:items-center sm:justify-between">
      <p className="text-sm">
        <span className="mr-1.5 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-800 dark:bg-slate-800 dark:text-slate-200">Draft</span>
        <strong>{name}</strong> · {riskLabel(draft.coverageType)} · <span className="tabular-nums">{formatUsd(draft.amountUsd)}</span>
        {" "}· {formatDay(draft.startsAt)} to {formatDay(draft.expiresAt)}
        {draft.premiumUsd !== null && draft.priceLabel !== null && (
          <span className="text-[var(--muted)]"> · about <span className="tabular-nums">{formatUsd(draft.premiumUsd)}</span> at {draft.priceLabel}</span>
        )}
      </p>
      {canWrite && <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={busy} onClick={() => hold.mutate({ id: draft.id, status: "held" })} aria-label={`Mark as held: ${name}`}>
          {hold.isPending ? "Saving…" : "Mark as held"}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={() => discard.mutate({ id: draft.id })} aria-label={`Discard draft: ${name}`}>
          {discard.isPending ? "Discarding…" : "Discard draft"}
        </Button>
      </div>}
      {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formatErrorMessage(error)}</p>}
    </li>
  );
}

/** Drafts on a position: left out of the figures until marked as held (bought). */
export function DraftList({ drafts }: { drafts: readonly TDraftCover[] }) {
  if (drafts.length === 0) return null;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-[var(--muted)]">
        Drafts are left out of every figure except the preview. Bought it? Mark it as held, then correct its dates and
        premium on the positions page.
      </p>
      <ul className="flex flex-col gap-2">{drafts.map((d) => <DraftRow key={d.id} draft={d} />)}</ul>
    </div>
  );
}
