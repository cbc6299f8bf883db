"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/lib/trpc/client";

/** After a write, every figure of the portfolio is stale: overview, summary, alerts, lists, counts. */
export function usePortfolioRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.position.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.cover.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}
