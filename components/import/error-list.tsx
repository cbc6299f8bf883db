import type { TRowError } from "@/lib/schemas/import-export";

const SHOWN = 100;

function where(e: TRowError): string {
  if (e.row === null) return "File";
  if (e.section) return `${e.section === "positions" ? "Position" : "Cover"} ${e.row}`;
  return `Row ${e.row}`;
}

/** Every problem with its row and column, in file order, so a user can fix the sheet in one pass. */
export function ErrorList({ errors, total }: { errors: TRowError[]; total: number }) {
  if (total === 0) return null;
  const shown = errors.slice(0, SHOWN);
  return (
    <section aria-labelledby="import-errors" className="flex flex-col gap-2">
      <h3 id="import-errors" className="font-semibold text-red-800 dark:text-red-300">
        {total.toLocaleString("en-US")} {total === 1 ? "problem" : "problems"} to fix — nothing will be imported until the file has none
      </h3>
      <div className="relative max-h-80 overflow-auto rounded-md border border-red-600/60" tabIndex={0} role="region" aria-label="Problems in the file">
        <table className="w-full text-left text-sm">
          <thead className="sticky top-0 bg-[var(--card)]">
            <tr><th scope="col" className="px-3 py-2">Where</th><th scope="col" className="px-3 py-2">Column</th><th scope="col" className="px-3 py-2">Problem</th></tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              <tr key={i} className="border-t border-[var(--border)] align-top">
                <td className="whitespace-nowrap px-3 py-2 font-medium">{where(e)}</td>
                <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{e.column ?? "—"}</td>
                <td className="px-3 py-2 [overflow-wrap:anywhere]">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > shown.length && (
        <p className="text-sm text-[var(--muted)]">Showing the first {shown.length} of {total.toLocaleString("en-US")}. Fix these and check the file again.</p>
      )}
    </section>
  );
}
