export type Figure = { label: string; value: string; note: string; tone?: "insured" | "uninsured" | "wasted" };

/** Card layouts by count: five put the odd last card across both phone columns. */
const LAYOUT = {
  4: { grid: "lg:grid-cols-4", card: "" },
  5: { grid: "lg:grid-cols-5", card: "last:col-span-2 lg:last:col-span-1" },
} as const;

/** Headline figures as a definition list of cards, each with an optional colour key. */
export function FigureGrid({ figures, heading, headingId, columns = 5 }: { figures: Figure[]; heading: string; headingId: string; columns?: 4 | 5 }) {
  const layout = LAYOUT[columns];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">{heading}</h2>
      <dl className={`grid grid-cols-2 gap-3 ${layout.grid}`}>
        {figures.map((f) => (
          <div key={f.label} className={`flex min-w-0 flex-col gap-1 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3 sm:p-4 ${layout.card}`}>
            <dt className="flex items-center gap-2 text-sm font-medium text-[var(--muted)]">
              {f.tone && <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: `var(--chart-${f.tone})` }} />}
              {f.label}
            </dt>
            <dd className="text-lg font-semibold tabular-nums [overflow-wrap:anywhere] sm:text-xl">{f.value}</dd>
            <dd className="text-xs text-[var(--muted)]">{f.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
