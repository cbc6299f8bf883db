import type { ReactNode } from "react";

export type FiguresColumn = { header: string; numeric?: boolean };

/** The text equivalent of a chart: a table in a disclosure, scrolling inside its own box on narrow screens. */
export function FiguresTable({ caption, columns, rows, summary = "Show figures", open = false }: {
  caption: string; columns: FiguresColumn[]; rows: ReactNode[][]; summary?: string; open?: boolean;
}) {
  return (
    <details className="group text-sm" open={open}>
      <summary className="cursor-pointer select-none py-1 font-medium text-[var(--accent)]">{summary}</summary>
      <div className="mt-2 overflow-x-auto rounded-md border border-[var(--border)]" tabIndex={0} role="region" aria-label={caption}>
        <table className="w-full border-collapse">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-[var(--border)] text-left">
              {columns.map((c) => (
                <th key={c.header} scope="col" className={`whitespace-nowrap px-3 py-2 font-medium ${c.numeric ? "text-right" : ""}`}>{c.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} className="border-b border-[var(--border)] last:border-0">
                {row.map((cell, j) => {
                  const numeric = columns[j]?.numeric;
                  const Cell = j === 0 ? "th" : "td";
                  return (
                    <Cell key={j} scope={j === 0 ? "row" : undefined} className={`px-3 py-2 text-left font-normal ${numeric ? "whitespace-nowrap text-right tabular-nums" : ""}`}>
                      {cell}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
