"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** After an acknowledgement: every alert list and dashboard overview, of every day and filter, is stale. */
export function useAlertRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.alert.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.portfolio.overview.pathKey() }),
    ]);
  };
}

/**
 * After an alert or a whole group is hidden: refresh, close the form, and send keyboard focus to
 * the list's heading, since the buttons it was on have gone with the alert.
 */
export function useAfterHiding(closeForm: () => void): () => Promise<void> {
  const refresh = useAlertRefresh();
  return async () => {
    await refresh();
    closeForm();
    document.getElementById("alerts-heading")?.focus();
  };
}
