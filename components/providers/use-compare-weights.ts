"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ZWeights, type TWeights, type WeightKey } from "@/lib/schemas/settings";
import { useTRPC } from "@/lib/trpc/client";

export type SaveState = "idle" | "saving" | "saved" | "error";

/** Re-ranking waits this long after the last slider move, so a drag sends a few requests, not hundreds. */
const QUERY_DELAY_MS = 120;
const SAVE_DELAY_MS = 700;

/**
 * The weights the user is trying. null = not touched: the server's choice (saved or default)
 * stands. Signed-in users' changes are saved to their settings; a reset clears the saved weights.
 */
export function useCompareWeights(signedIn: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [weights, setWeights] = useState<TWeights | null>(null);
  const [queryWeights, setQueryWeights] = useState<TWeights | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const pendingSave = useRef<TWeights | null | undefined>(undefined);
  const save = useMutation(trpc.settings.update.mutationOptions({
    onSuccess: () => {
      setSaveState("saved");
      void queryClient.invalidateQueries(trpc.provider.pathFilter());
      void queryClient.invalidateQueries(trpc.settings.get.pathFilter());
    },
    onError: () => setSaveState("error"),
  }));
  const { mutate } = save;

  useEffect(() => {
    if (weights && !ZWeights.safeParse(weights).success) return;
    const t = setTimeout(() => setQueryWeights(weights), QUERY_DELAY_MS);
    return () => clearTimeout(t);
  }, [weights]);

  useEffect(() => {
    if (!signedIn || pendingSave.current === undefined) return;
    const t = setTimeout(() => {
      const next = pendingSave.current;
      pendingSave.current = undefined;
      if (next !== undefined) mutate({ weights: next });
    }, SAVE_DELAY_MS);
    return () => clearTimeout(t);
  }, [weights, signedIn, mutate]);

  function apply(next: TWeights, toSave: TWeights | null) {
    setWeights(next);
    // All zero would divide by zero: keep ranking with the last valid set and say why.
    if (!ZWeights.safeParse(next).success) {
      setInvalid("At least one weight must be above 0. The ranking shown is from your previous weights.");
      return;
    }
    setInvalid(null);
    if (signedIn) {
      pendingSave.current = toSave;
      setSaveState("saving");
    }
  }

  return {
    /** null until the user moves a slider. */
    weights,
    /** The weights to rank with (lags `weights` by a moment; never all zero). */
    queryWeights,
    invalid,
    saveState,
    setWeight: (key: WeightKey, value: number, base: TWeights) => {
      const next = { ...(weights ?? base), [key]: value };
      apply(next, next);
    },
    reset: (defaults: TWeights) => apply({ ...defaults }, null),
  };
}
