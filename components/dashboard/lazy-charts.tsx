"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { useChartsWanted } from "./charts-gate";

/**
 * recharts is ~125 KiB gzip: it loads after the figures, in the browser only, and inside a
 * ChartsGate only once the charts near the screen. Placeholders keep the layout from jumping.
 */
function Placeholder({ height }: { height: number }) {
  return <div className="animate-pulse rounded-md bg-[var(--border)] opacity-30" style={{ height }} aria-hidden="true" />;
}

function placeholder(height: number) {
  function ChartPlaceholder() {
    return <Placeholder height={height} />;
  }
  return ChartPlaceholder;
}

function gated<P extends object>(Chart: ComponentType<P>, height: number): ComponentType<P> {
  function GatedChart(props: P) {
    return useChartsWanted() ? <Chart {...props} /> : <Placeholder height={height} />;
  }
  return GatedChart;
}

export const InsuredDonut = gated(dynamic(() => import("@/components/charts/insured-donut").then((m) => m.InsuredDonut), {
  ssr: false, loading: placeholder(220),
}), 220);

export const StackedBars = gated(dynamic(() => import("@/components/charts/stacked-bars").then((m) => m.StackedBars), {
  ssr: false, loading: placeholder(160),
}), 160);

export const CoverCliffChart = gated(dynamic(() => import("@/components/charts/cover-cliff-chart").then((m) => m.CoverCliffChart), {
  ssr: false, loading: placeholder(240),
}), 240);
