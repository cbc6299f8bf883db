"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { useRecommendationRefresh } from "./use-recommendation-refresh";

/** recommendation.applySuggestions, refreshing every figure the new drafts touch. */
export function useApplySuggestions() {
  const trpc = useTRPC();
  const refresh = useRecommendationRefresh();
  return useMutation(trpc.recommendation.applySuggestions.mutationOptions({ onSuccess: () => refresh() }));
}
