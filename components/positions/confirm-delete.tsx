"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formErrors } from "@/lib/trpc/errors";
import { Modal } from "./modal";

type ConfirmDeleteProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onDelete: () => Promise<unknown>;
  onClose: () => void;
  /** The button that opened this goes away with what it deleted; focus lands here instead. */
  afterDeleteFocusId: string;
};

/** Asks before anything is deleted; the delete button names what goes. */
export function ConfirmDelete({ title, children, confirmLabel, onDelete, onClose, afterDeleteFocusId }: ConfirmDeleteProps) {
  const focusAfterClose = useRef<string | null>(null);
  const returnFocusTo = useCallback(() => focusAfterClose.current, []);
  const remove = useMutation({
    mutationFn: onDelete,
    onSuccess: () => {
      focusAfterClose.current = afterDeleteFocusId;
      onClose();
    },
  });
  return (
    <Modal title={title} onClose={onClose} role="alertdialog" returnFocusTo={returnFocusTo}>
      <div className="flex flex-col gap-4">
        <div className="text-sm">{children}</div>
        <FormMessage message={remove.error ? formErrors(remove.error).message : null} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose} data-autofocus>Cancel</Button>
          <Button type="button" variant="danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
            {remove.isPending ? "Deleting…" : confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
