import Link from "next/link";
import { compareHref, MAX_SELECTED } from "./catalog-url";

type Props = { selected: { slug: string; name: string }[]; onRemove: (slug: string) => void; onClear: () => void };

/** The providers picked for comparison, always in reach at the bottom of the catalog. */
export function CompareTray({ selected, onRemove, onClear }: Props) {
  if (selected.length === 0) return null;
  const ready = selected.length >= 2;
  return (
    <section aria-label="Comparison" className="sticky bottom-0 z-10 -mx-4 border-t border-[var(--border)] bg-[var(--card)] px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.08)]">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Compare {selected.length} of {MAX_SELECTED}:</span>
        <ul className="flex flex-wrap gap-2">
          {selected.map((s) => (
            <li key={s.slug} className="flex items-center rounded-full border border-[var(--border)] pl-3">
              {s.name}
              <button type="button" onClick={() => onRemove(s.slug)} aria-label={`Remove ${s.name} from the comparison`}
                className="ml-1 inline-flex size-8 items-center justify-center rounded-full hover:bg-slate-100 dark:hover:bg-slate-800">×</button>
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-2">
          <button type="button" onClick={onClear} className="min-h-10 rounded-md px-3 hover:bg-slate-100 dark:hover:bg-slate-800">Clear</button>
          {ready ? (
            <Link href={compareHref(selected.map((s) => s.slug))}
              className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 font-medium text-white! no-underline hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950! dark:hover:bg-blue-400">
              Compare {selected.length} providers
            </Link>
          ) : (
            <span className="text-[var(--muted)]">Pick at least 2 to compare</span>
          )}
        </div>
      </div>
    </section>
  );
}
