import { FiguresTable } from "@/components/dashboard/figures-table";
import type { TCompareProvider } from "@/lib/schemas/provider-score";
import { ScoreRadar } from "./lazy-radar";
import type { RadarRow } from "./radar-chart";
import { seriesOf, SERIES_VARS } from "./series";

/** The radar with its legend (line style shown too), a one-line reading, and the figures as a table. */
export function RadarCard({ providers, order }: {
  providers: TCompareProvider[];
  /** The slugs in the order chosen: a provider keeps its colour when the ranking changes. */
  order: string[];
}) {
  const colorIndex = (slug: string) => Math.max(0, order.indexOf(slug));
  const categories = providers[0]?.score.categories ?? [];
  const rows: RadarRow[] = categories.map((c) => ({
    category: c.label,
    ...Object.fromEntries(providers.map((p) => [p.slug, p.score.categories.find((x) => x.category === c.category)?.score ?? 0])),
  }));
  const title = "Category scores, 0 to 10";
  return (
    <section aria-labelledby="radar-heading" className={`flex min-w-0 flex-col gap-3 ${SERIES_VARS}`}>
      <h2 id="radar-heading" className="text-lg font-semibold">{title}</h2>
      <figure className="m-0 flex flex-col gap-2">
        <div className="[&_.recharts-wrapper]:mx-auto"><ScoreRadar rows={rows} series={providers.map((p) => ({ key: p.slug, name: p.name, colorIndex: colorIndex(p.slug) }))} title={title} /></div>
        <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {providers.map((p) => {
            const { color, dash } = seriesOf(colorIndex(p.slug));
            return (
              <li key={p.slug} className="flex items-center gap-2">
                <svg aria-hidden="true" width="24" height="8"><line x1="0" y1="4" x2="24" y2="4" stroke={color} strokeWidth="3" strokeDasharray={dash} /></svg>
                {p.name}
              </li>
            );
          })}
        </ul>
        <figcaption className="text-sm text-[var(--muted)]">
          Each axis is one category of the method; further out is better. The same scores are in the table and below.
        </figcaption>
      </figure>
      <FiguresTable caption="Category scores by provider" summary="Show the radar's figures"
        columns={[{ header: "Category" }, ...providers.map((p) => ({ header: p.name, numeric: true }))]}
        rows={rows.map((r) => [r.category, ...providers.map((p) => Number(r[p.slug]).toFixed(1))])} />
    </section>
  );
}
