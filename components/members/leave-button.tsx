"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { ConfirmDialog } from "./confirm-dialog";

/** Any member may leave; the last owner is told to make someone else an owner first. */
export function LeaveButton({ portfolioId, portfolioName }: { portfolioId: string; portfolioName: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation(trpc.member.leave.mutationOptions());
  return (
    <>
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>Leave this portfolio</Button>
      {confirming && (
        <ConfirmDialog
          title={`Leave ${portfolioName ?? "this portfolio"}?`}
          confirmLabel="Leave"
          pendingLabel="Leaving…"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await leave.mutateAsync({ portfolioId });
            queryClient.removeQueries({ queryKey: trpc.member.pathKey() });
            await queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() });
            router.push("/portfolios");
          }}
        >
          You lose access to it at once: an owner has to invite you again to come back.
        </ConfirmDialog>
      )}
    </>
  );
}
