"use client";

import { Area, AreaChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatUsd, formatUsdCompact } from "@/lib/format/money";
import { CHART_COLORS, TOOLTIP_STYLE } from "./chart-colors";
import { useUntabbableLayers } from "./use-untabbable-layers";

export type CliffPointView = { time: number; insured: number };
/** `row`: the line of labels at the top this expiry is named on; null = unlabelled (too close to another). */
export type CliffMarkerView = { time: number; label: string; row: number | null };

const monthName = new Intl.DateTimeFormat("en-US", { month: "short", timeZone: "UTC" });
const dayLabel = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const shortDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const LABEL_LINE_PX = 14;

/** "Jan '27": a month, never mistaken for a day of the month. */
function monthTick(time: number): string {
  return `${monthName.format(time)} '${String(new Date(time).getUTCFullYear()).slice(2)}`;
}

/** The insured total over time as steps; dashed lines, dated when few, where a cover expires. */
export function CoverCliffChart({ points, markers, ticks, title }: {
  points: CliffPointView[]; markers: CliffMarkerView[]; ticks: number[]; title: string;
}) {
  const layersRef = useUntabbableLayers();
  const start = points[0]?.time ?? 0;
  const end = points.at(-1)?.time ?? start;
  return (
    <div ref={layersRef}>
      <AreaChart responsive accessibilityLayer={false} data={points} title={title} style={{ width: "100%", height: 240 }} margin={{ top: 8, right: 24, bottom: 4, left: 4 }}>
        <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={[start, end]}
          ticks={ticks}
          tickFormatter={monthTick}
          tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
          stroke={CHART_COLORS.grid}
          minTickGap={24}
        />
        <YAxis
          width={56}
          tickFormatter={(v: number) => formatUsdCompact(String(v))}
          tick={{ fill: CHART_COLORS.text, fontSize: 12 }}
          stroke={CHART_COLORS.grid}
        />
        <Tooltip
          {...TOOLTIP_STYLE}
          labelFormatter={(t) => dayLabel.format(Number(t))}
          formatter={(value) => [formatUsd(String(value)), "Insured"]}
        />
        {markers.map((m) => (
          <ReferenceLine
            key={m.time} x={m.time} stroke={CHART_COLORS.uninsured} strokeDasharray="4 3" ifOverflow="discard"
            label={m.row === null
              ? undefined
              : { value: shortDay.format(m.time), position: "insideTopLeft", offset: 4, dy: m.row * LABEL_LINE_PX, fill: CHART_COLORS.text, fontSize: 11 }}
          />
        ))}
        <Area
          type="stepAfter"
          dataKey="insured"
          name="Insured"
          stroke={CHART_COLORS.insured}
          strokeWidth={2}
          fill={CHART_COLORS.insured}
          fillOpacity={0.18}
          isAnimationActive={false}
        />
      </AreaChart>
    </div>
  );
}
