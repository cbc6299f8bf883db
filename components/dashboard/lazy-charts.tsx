"use client";

import dynamic from "next/dynamic";

/**
 * recharts is ~125 KiB gzip: it loads after the figures, in the browser only, so the totals and
 * alerts never wait for it. Placeholders keep the layout from jumping.
 */
function placeholder(height: number) {
  function ChartPlaceholder() {
    return <div className="animate-pulse rounded-md bg-[var(--border)] opacity-30" style={{ height }} aria-hidden="true" />;
  }
  return ChartPlaceholder;
}

export const InsuredDonut = dynamic(() => import("@/components/charts/insured-donut").then((m) => m.InsuredDonut), {
  ssr: false, loading: placeholder(220),
});

export const StackedBars = dynamic(() => import("@/components/charts/stacked-bars").then((m) => m.StackedBars), {
  ssr: false, loading: placeholder(160),
});

export const CoverCliffChart = dynamic(() => import("@/components/charts/cover-cliff-chart").then((m) => m.CoverCliffChart), {
  ssr: false, loading: placeholder(240),
});
