"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";

/** notification.preferences, and its update that replaces the cached copy. */
export function usePreferences() {
  const trpc = useTRPC();
  return useQuery(trpc.notification.preferences.queryOptions());
}

export function useSavePreferences() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(trpc.notification.updatePreferences.mutationOptions({
    onSuccess: (saved) => queryClient.setQueryData(trpc.notification.preferences.queryKey(), saved),
  }));
}
