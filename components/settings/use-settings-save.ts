"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** settings.update; the saved settings replace the cache, and every figure that depends on them is refetched. */
export function useSettingsSave() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.settings.update.mutationOptions({
    onSuccess: async (saved) => {
      queryClient.setQueryData(trpc.settings.get.queryKey(), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.recommendation.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.alert.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.provider.pathKey() }),
      ]);
    },
  }));
}
