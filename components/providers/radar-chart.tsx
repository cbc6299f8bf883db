"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Tooltip } from "recharts";
import { TOOLTIP_STYLE } from "@/components/charts/chart-colors";
import { seriesOf } from "./series";

export type RadarSeries = { key: string; name: string; colorIndex: number };
/** One row per category: { category: "Liquidity", [series key]: score 0–10 }. */
export type RadarRow = { category: string } & Record<string, number | string>;

/** The six category scores of each provider on one radar (0–10). The figures are in the table beside it. */
export function ScoreRadar({ rows, series, title }: { rows: RadarRow[]; series: RadarSeries[]; title: string }) {
  return (
    <RadarChart responsive data={rows} title={title} outerRadius="78%" style={{ width: "100%", height: 340 }}
      margin={{ top: 8, right: 40, bottom: 8, left: 40 }}>
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis dataKey="category" tick={{ fill: "var(--fg)", fontSize: 12 }} />
      <PolarRadiusAxis domain={[0, 10]} tickCount={6} angle={60} tick={{ fill: "var(--muted)", fontSize: 10 }} stroke="var(--border)" />
      {series.map((s) => {
        const { color, dash } = seriesOf(s.colorIndex);
        return (
          <Radar key={s.key} name={s.name} dataKey={s.key} stroke={color} strokeWidth={2} strokeDasharray={dash}
            fill={color} fillOpacity={0.08} isAnimationActive={false} />
        );
      })}
      <Tooltip {...TOOLTIP_STYLE} formatter={(value) => Number(value).toFixed(1)} />
    </RadarChart>
  );
}
