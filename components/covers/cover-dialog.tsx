"use client";

import type { TCover } from "@/lib/schemas/cover";
import { Modal } from "@/components/positions/modal";
import type { ChecklistItem } from "./checklist-model";
import { CoverForm } from "./cover-form";

type CoverDialogProps = { portfolioId: string; cover?: TCover; positions: ChecklistItem[]; onClose: () => void };

export function CoverDialog({ portfolioId, cover, positions, onClose }: CoverDialogProps) {
  return (
    <Modal title={cover ? `Edit cover: ${cover.productName}` : "Add a cover"} onClose={onClose} wide>
      <CoverForm portfolioId={portfolioId} cover={cover} positions={positions} onDone={onClose} />
    </Modal>
  );
}
