import type { TImportCsvOutput, TRowError } from "@/lib/schemas/import-export";

type Props = { result: TImportCsvOutput };

/** Errors of the previewed rows, by "row:column" (and by row for whole-row problems). */
function errorIndex(errors: TRowError[], section: string | undefined) {
  const byCell = new Map<string, string>();
  const rows = new Set<number>();
  for (const e of errors) {
    if (e.row === null || (section && e.section && e.section !== section)) continue;
    rows.add(e.row);
    if (e.column) byCell.set(`${e.row}:${e.column}`, e.message);
  }
  return { byCell, rows };
}

const BAD_CELL = "bg-red-100 text-red-900 outline outline-1 outline-red-600 dark:bg-red-950 dark:text-red-100";

/** The first rows as they are in the file; a cell with a problem is marked and says which. */
export function PreviewTable({ result }: Props) {
  if (result.preview.length === 0) return null;
  const section = result.kind === "json" ? "positions" : undefined;
  const { byCell, rows } = errorIndex(result.errors, section);
  const rowLabel = result.kind === "json" ? "Position" : "Row";
  return (
    <section aria-labelledby="import-preview" className="flex flex-col gap-2">
      <h3 id="import-preview" className="font-semibold">
        Preview — the first {result.preview.length} of {result.rowCount.toLocaleString("en-US")} rows{result.kind === "json" ? " (positions)" : ""}
      </h3>
      <div className="relative overflow-x-auto rounded-md border border-[var(--border)]" tabIndex={0} role="region" aria-label="Preview of the file">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 dark:bg-slate-900">
            <tr>
              <th scope="col" className="px-2 py-2">{rowLabel}</th>
              {result.columns.map((c, i) => {
                // Header problems (unknown, repeated columns) are errors of row 1.
                const problem = result.kind === "json" ? undefined : byCell.get(`1:${c}`);
                return (
                  <th key={i} scope="col" title={problem} className={`whitespace-nowrap px-2 py-2 font-mono text-xs ${problem ? BAD_CELL : ""}`}>
                    {c || "(no name)"}
                    {problem && <span className="sr-only"> — problem: {problem}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {result.preview.map((r) => (
              <tr key={r.row} className="border-t border-[var(--border)]">
                <th scope="row" className={`px-2 py-1 text-left font-medium ${rows.has(r.row) ? "text-red-800 dark:text-red-300" : ""}`}>
                  {r.row}{rows.has(r.row) && <span className="sr-only"> (has a problem)</span>}
                </th>
                {result.columns.map((c, i) => {
                  const problem = byCell.get(`${r.row}:${c}`);
                  return (
                    <td key={i} title={problem} className={`max-w-56 truncate px-2 py-1 ${problem ? BAD_CELL : ""}`}>
                      {r.cells[i] ?? ""}
                      {problem && <span className="sr-only"> — problem: {problem}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
