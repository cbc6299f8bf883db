import type { TRowError } from "@/lib/schemas/import-export";

const SHOWN = 100;

const where = (w: TRowError) => (w.row === null ? "File" : w.section ? `${w.section === "positions" ? "Position" : "Cover"} ${w.row}` : `Row ${w.row}`);

/** What is imported all the same but worth a look (a venue not in the catalog, kept as typed). */
export function WarningList({ warnings, total }: { warnings: TRowError[]; total: number }) {
  if (total === 0) return null;
  const shown = warnings.slice(0, SHOWN);
  return (
    <section aria-labelledby="import-warnings" className="flex flex-col gap-2">
      <h3 id="import-warnings" className="font-semibold text-amber-800 dark:text-amber-300">
        {total.toLocaleString("en-US")} {total === 1 ? "warning" : "warnings"} — these rows are imported as they are
      </h3>
      <ul className="flex max-h-60 flex-col gap-1 overflow-auto rounded-md border border-amber-600/60 p-3 text-sm" tabIndex={0} aria-label="Warnings about the file">
        {shown.map((w, i) => (
          <li key={i}><span className="font-medium">{where(w)}</span>{w.column ? <> · <span className="font-mono text-xs">{w.column}</span></> : null}: {w.message}</li>
        ))}
      </ul>
      {total > shown.length && <p className="text-sm text-[var(--muted)]">Showing the first {shown.length} of {total.toLocaleString("en-US")}.</p>}
    </section>
  );
}
