"use client";

import { Cell, Pie, PieChart, Tooltip } from "recharts";
import { formatUsd } from "@/lib/format/money";
import { CHART_COLORS, TOOLTIP_STYLE } from "./chart-colors";
import { useUntabbableLayers } from "./use-untabbable-layers";

export type DonutSliceView = { name: string; value: number; tone: "insured" | "uninsured" };

/** Insured vs uninsured. The centre text and the figures table sit beside it in HTML. */
export function InsuredDonut({ slices, title }: { slices: DonutSliceView[]; title: string }) {
  const layersRef = useUntabbableLayers();
  return (
    <div ref={layersRef}>
      <PieChart responsive accessibilityLayer={false} style={{ width: "100%", height: 220 }} title={title}>
        <Pie
          data={slices}
          dataKey="value"
          nameKey="name"
          innerRadius="62%"
          outerRadius="95%"
          startAngle={90}
          endAngle={-270}
          stroke={CHART_COLORS.card}
          strokeWidth={2}
          rootTabIndex={-1}
          isAnimationActive={false}
        >
          {slices.map((s) => <Cell key={s.name} fill={CHART_COLORS[s.tone]} />)}
        </Pie>
        <Tooltip {...TOOLTIP_STYLE} formatter={(value) => formatUsd(String(value))} />
      </PieChart>
    </div>
  );
}
