"use client";

import { useElapsedSeconds } from "./use-elapsed";

/**
 * The import is one all-or-nothing server call, so there is no partial progress to report:
 * an indeterminate bar, the number of rows and the elapsed time show it is working.
 */
export function ProgressBar({ label, rows }: { label: string; rows: number }) {
  const seconds = useElapsedSeconds(true);
  return (
    <div className="flex flex-col gap-2">
      <div role="progressbar" aria-label={label} className="h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div className="h-full w-full rounded-full bg-[var(--accent)] motion-safe:animate-pulse" />
      </div>
      <p role="status" className="text-sm text-[var(--muted)]">
        {label} {rows.toLocaleString("en-US")} rows… {seconds > 0 ? `${seconds} s` : ""}
      </p>
    </div>
  );
}
