"use client";

import { useElapsedSeconds } from "@/components/import/use-elapsed";

/** One server call with no partial results: an indeterminate bar and the elapsed time show it is working. */
export function OptimizerProgress() {
  const seconds = useElapsedSeconds(true);
  return (
    <div className="flex flex-col gap-2">
      <div role="progressbar" aria-label="Optimizer running" className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className="h-full w-full rounded-full bg-[var(--accent)] motion-safe:animate-pulse" />
      </div>
      <p role="status" className="text-sm text-[var(--muted)]">
        Optimizer running over every position and product…{seconds > 0 ? ` ${seconds} s` : ""}
      </p>
    </div>
  );
}
