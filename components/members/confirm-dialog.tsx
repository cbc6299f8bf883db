"use client";

import { useMutation } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Modal } from "@/components/positions/modal";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { formErrors } from "@/lib/trpc/errors";

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
};

/** Asks before a member is removed or leaves; a refusal (the last owner) is shown in the dialog. */
export function ConfirmDialog({ title, children, confirmLabel, pendingLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const run = useMutation({ mutationFn: onConfirm, onSuccess: onClose });
  return (
    <Modal title={title} onClose={onClose} role="alertdialog">
      <div className="flex flex-col gap-4">
        <div className="text-sm">{children}</div>
        <FormMessage message={run.error ? formErrors(run.error).message : null} />
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onClose} data-autofocus>Cancel</Button>
          <Button type="button" variant="danger" onClick={() => run.mutate()} disabled={run.isPending}>
            {run.isPending ? pendingLabel : confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  );
}
