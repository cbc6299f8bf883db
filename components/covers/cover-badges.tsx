import type { CoverBadge } from "./cover-status";

const toneClass: Record<CoverBadge["tone"], string> = {
  warn: "border-orange-700 text-orange-800 dark:border-orange-400 dark:text-orange-300",
  info: "border-blue-700 text-blue-800 dark:border-blue-300 dark:text-blue-200",
  ok: "border-teal-700 text-teal-800 dark:border-teal-400 dark:text-teal-300",
  muted: "border-slate-500 text-slate-700 dark:border-slate-400 dark:text-slate-300",
};

export function CoverBadges({ badges }: { badges: CoverBadge[] }) {
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Status">
      {badges.map((b) => (
        <li key={b.label} className={`whitespace-nowrap rounded border px-1.5 py-0.5 text-xs ${toneClass[b.tone]}`}>{b.label}</li>
      ))}
    </ul>
  );
}
