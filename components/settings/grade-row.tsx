"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { VenueName } from "@/components/venues/venue-name";
import { chainName } from "@/lib/chains";
import { formatUsd } from "@/lib/format/money";
import type { TPosition } from "@/lib/schemas/position";
import { RISK_GRADES } from "@/lib/schemas/values";
import { useTRPC } from "@/lib/trpc/client";
import { formatErrorMessage } from "@/components/recommendations/error-text";

/** One position's risk grade, saved as soon as it is picked. */
export function GradeRow({ position }: { position: TPosition }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const update = useMutation(trpc.position.update.mutationOptions({
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.position.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.recommendation.pathKey() }),
      ]);
    },
  }));
  return (
    <li className="flex flex-col gap-2 border-b border-[var(--border)] py-2 last:border-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium [overflow-wrap:anywhere]">{position.label}</p>
        <p className="text-xs text-[var(--muted)]">{position.asset} · <VenueName slug={position.venue} name={position.venueName} /> · {chainName(position.chain)} · {formatUsd(position.valueUsd)}</p>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm">Risk grade<span className="sr-only"> for {position.label}</span></label>
        <select
          id={id}
          className="rounded-md border border-[var(--border)] bg-[var(--card)] px-2 py-1.5 text-sm"
          value={position.riskGrade ?? ""}
          disabled={update.isPending}
          onChange={(e) => update.mutate({ id: position.id, riskGrade: e.target.value === "" ? null : (e.target.value as TPosition["riskGrade"]) })}
        >
          <option value="">Not graded (C)</option>
          {RISK_GRADES.map((g) => <option key={g} value={g}>{g}</option>)}
        </select>
        <span role="status" className="w-14 text-xs text-teal-800 dark:text-teal-300">{update.isPending ? "Saving…" : update.isSuccess ? "Saved" : ""}</span>
      </div>
      {update.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formatErrorMessage(update.error)}</p>}
    </li>
  );
}
