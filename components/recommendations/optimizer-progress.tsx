"use client";

import { useElapsedSeconds } from "@/components/import/use-elapsed";

/** One server call with no partial results: an indeterminate bar and the elapsed time show it is working. */
export function OptimizerProgress({ years }: { years?: number } = {}) {
  const seconds = useElapsedSeconds(true);
  const what = years === undefined
    ? "Optimizer running over every position and product…"
    : `Simulating ${years.toLocaleString("en-US")} years and optimizing the worst of them…`;
  return (
    <div className="flex flex-col gap-2">
      <div role="progressbar" aria-label="Optimizer running" className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className="h-full w-full rounded-full bg-[var(--accent)] motion-safe:animate-pulse" />
      </div>
      <p role="status" className="text-sm text-[var(--muted)]">
        {what}{seconds > 0 ? ` ${seconds} s` : ""}
      </p>
    </div>
  );
}
