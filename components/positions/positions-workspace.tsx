"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useCallback, useMemo, useState } from "react";
import { FormMessage } from "@/components/ui/field";
import { CoversSection } from "@/components/covers/covers-section";
import type { TCover } from "@/lib/schemas/cover";
import { venueText } from "@/lib/format/venue";
import { chainName } from "@/lib/chains";
import { useTRPC } from "@/lib/trpc/client";
import { ConfirmDelete } from "./confirm-delete";
import { PositionsSection } from "./positions-section";
import type { PositionRow } from "./table-model";
import { usePortfolioRefresh } from "./use-portfolio-refresh";

// The forms (venue picker, cover form) load when a dialog first opens, not with the table.
const PositionDialog = dynamic(() => import("./position-dialog").then((m) => m.PositionDialog));
const CoverDialog = dynamic(() => import("@/components/covers/cover-dialog").then((m) => m.CoverDialog));

const labelOrder = new Intl.Collator("en", { numeric: true });
const linkedCount = (n: number) => (n === 1 ? "the position" : `the ${n} positions`);

type Dialog =
  | { kind: "position"; id: string | null }
  | { kind: "delete-position"; row: PositionRow }
  | { kind: "cover"; cover?: TCover }
  | { kind: "delete-cover"; cover: TCover };

/** The positions & covers page: figures from portfolio.summary, covers (drafts too) from cover.list. */
export function PositionsWorkspace({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const refresh = usePortfolioRefresh();
  const summary = useQuery(trpc.portfolio.summary.queryOptions({ portfolioId }));
  const covers = useQuery(trpc.cover.list.queryOptions({ portfolioId }));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  // Stable handlers let the memoised table skip re-rendering when a dialog opens or closes.
  const addPosition = useCallback(() => setDialog({ kind: "position", id: null }), []);
  const editPosition = useCallback((id: string) => setDialog({ kind: "position", id }), []);
  const askDeletePosition = useCallback((row: PositionRow) => setDialog({ kind: "delete-position", row }), []);
  const deletePosition = useMutation(trpc.position.delete.mutationOptions({ onSuccess: refresh }));
  const deleteCover = useMutation(trpc.cover.delete.mutationOptions({ onSuccess: refresh }));
  const checklist = useMemo(
    () => (summary.data?.positions ?? []).map(({ id, label, venue, venueName, chain, valueUsd }) => (
      { id, label, venue: venueText(venue, venueName), chain: chainName(chain), valueUsd }
    ))
      .sort((a, b) => labelOrder.compare(a.label, b.label)),
    [summary.data],
  );

  if (summary.error) {
    const missing = summary.error.data?.code === "NOT_FOUND";
    return <FormMessage message={missing ? "This portfolio does not exist, or it is not yours." : "The positions could not be loaded. Reload the page to try again."} />;
  }
  if (!summary.data) return <p aria-live="polite" className="text-[var(--muted)]">Loading positions and covers…</p>;

  return (
    <div className="flex flex-col gap-10">
      <PositionsSection portfolioId={portfolioId} summary={summary.data}
        onAdd={addPosition} onEdit={editPosition} onDelete={askDeletePosition} />
      {covers.error && <FormMessage message="Your covers could not be loaded. Reload the page to try again." />}
      {covers.data && (
        <CoversSection covers={covers.data} summary={summary.data}
          onAdd={() => setDialog({ kind: "cover" })}
          onEdit={(cover) => setDialog({ kind: "cover", cover })}
          onDelete={(cover) => setDialog({ kind: "delete-cover", cover })} />
      )}
      {dialog?.kind === "position" && <PositionDialog portfolioId={portfolioId} positionId={dialog.id} onClose={close} />}
      {dialog?.kind === "cover" && <CoverDialog portfolioId={portfolioId} cover={dialog.cover} positions={checklist} onClose={close} />}
      {dialog?.kind === "delete-position" && (
        <ConfirmDelete title="Delete this position?" confirmLabel="Delete position" onClose={close} afterDeleteFocusId="positions-heading"
          onDelete={() => deletePosition.mutateAsync({ id: dialog.row.id })}>
          <p>“{dialog.row.label}” will be removed from this portfolio and unlinked from its covers. The covers themselves stay.</p>
        </ConfirmDelete>
      )}
      {dialog?.kind === "delete-cover" && (
        <ConfirmDelete title="Delete this cover?" confirmLabel="Delete cover" onClose={close} afterDeleteFocusId="covers-heading"
          onDelete={() => deleteCover.mutateAsync({ id: dialog.cover.id })}>
          <p>
            “{dialog.cover.productName}” will be removed, and {linkedCount(dialog.cover.positionIds.length)} it protects will
            lose its cover in every figure.
          </p>
        </ConfirmDelete>
      )}
    </div>
  );
}
