import type { TSummaryPosition } from "@/lib/schemas/summary";
import { FLAG_LABELS, FLAG_TONE } from "./flag-labels";

const toneClass = {
  warn: "border-orange-700 text-orange-800 dark:border-orange-400 dark:text-orange-300",
  info: "border-slate-500 text-slate-700 dark:border-slate-400 dark:text-slate-300",
};

export function FlagBadges({ flags }: { flags: TSummaryPosition["flags"] }) {
  if (flags.length === 0) return <span className="text-[var(--muted)]">—</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Flags">
      {flags.map((f) => (
        <li key={f.code} className={`rounded border px-1.5 py-0.5 text-xs ${toneClass[FLAG_TONE[f.code]]}`}>
          {FLAG_LABELS[f.code]}{f.until && <> <span className="whitespace-nowrap">until {f.until}</span></>}
        </li>
      ))}
    </ul>
  );
}
