"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd, formatUsdCompact } from "@/lib/format/money";
import { CHART_COLORS, TOOLTIP_STYLE } from "./chart-colors";
import { useUntabbableLayers } from "./use-untabbable-layers";

export type StackedBarRow = { label: string; insured: number; uninsured: number };

const ROW_HEIGHT = 34;
const MAX_LABEL = 16;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/** Horizontal bars, insured then uninsured stacked, one row per group. */
export function StackedBars({ rows, title }: { rows: StackedBarRow[]; title: string }) {
  const layersRef = useUntabbableLayers();
  return (
    <div ref={layersRef}>
      <BarChart
        responsive
        accessibilityLayer={false}
        layout="vertical"
        data={rows}
        title={title}
        style={{ width: "100%", height: rows.length * ROW_HEIGHT + 48 }}
        margin={{ top: 4, right: 12, bottom: 4, left: 4 }}
        barCategoryGap="22%"
      >
        <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
        <XAxis
          type="number"
          tickFormatter={(v: number) => formatUsdCompact(String(v))}
          tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
          stroke={CHART_COLORS.grid}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={110}
          tickFormatter={shortLabel}
          tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
          stroke={CHART_COLORS.grid}
          interval={0}
        />
        <Tooltip {...TOOLTIP_STYLE} cursor={{ fill: "var(--border)", fillOpacity: 0.3 }} formatter={(value) => formatUsd(String(value))} />
        <Bar dataKey="insured" name="Insured" stackId="split" fill={CHART_COLORS.insured} isAnimationActive={false} />
        <Bar dataKey="uninsured" name="Uninsured" stackId="split" fill={CHART_COLORS.uninsured} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
