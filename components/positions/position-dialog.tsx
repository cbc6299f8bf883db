"use client";

import { useQuery } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { Modal } from "./modal";
import { PositionForm } from "./position-form";
import { positionToValues } from "./position-form-model";

type PositionDialogProps = { portfolioId: string; positionId: string | null; onClose: () => void };

/** Adds a position (no id) or edits one, loading its full record (quantity, risk grade). */
export function PositionDialog({ portfolioId, positionId, onClose }: PositionDialogProps) {
  return (
    <Modal title={positionId ? "Edit position" : "Add a position"} onClose={onClose}>
      {positionId ? <EditPosition portfolioId={portfolioId} positionId={positionId} onClose={onClose} /> : (
        <PositionForm portfolioId={portfolioId} onDone={onClose} />
      )}
    </Modal>
  );
}

function EditPosition({ portfolioId, positionId, onClose }: { portfolioId: string; positionId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const position = useQuery(trpc.position.get.queryOptions({ id: positionId }));
  if (position.error) return <FormMessage message="This position could not be loaded. It may have been deleted." />;
  if (!position.data) return <p aria-live="polite">Loading the position…</p>;
  return <PositionForm portfolioId={portfolioId} positionId={positionId} initial={positionToValues(position.data)}
    initialVenueName={position.data.venueName} onDone={onClose} />;
}
