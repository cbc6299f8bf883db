"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "@/lib/trpc/client";

/** After a draft is added, kept or dropped: suggestions, the what-if figures and cover lists are stale. */
export function useRecommendationRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.recommendation.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.cover.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() }),
    ]);
  }, [queryClient, trpc]);
}
