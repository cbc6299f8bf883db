import type { PageWarning } from "./shared-warnings";

/** The warnings that hold for every suggestion on this page, said once; cards below add only their own. */
export function SharedWarnings({ warnings }: { warnings: readonly PageWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="shared-warnings-heading" className="flex flex-col gap-1.5 rounded-lg border border-amber-600/60 bg-amber-50 p-3 dark:bg-amber-950/40">
      <h3 id="shared-warnings-heading" className="text-sm font-semibold">Check before buying any of these</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {warnings.map((w) => (
          <li key={`${w.code}:${w.text}`} className="flex gap-1.5">
            <span aria-hidden="true" className="text-amber-700 dark:text-amber-400">⚠</span>
            <span>{w.text} <a href={`#check-${w.checklistId}`} className="text-xs underline">(checklist)</a></span>
          </li>
        ))}
      </ul>
    </section>
  );
}
