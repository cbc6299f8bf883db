"use client";

import dynamic from "next/dynamic";

function RadarPlaceholder() {
  return <div className="h-[340px] animate-pulse rounded-md bg-[var(--border)] opacity-30" aria-hidden="true" />;
}

/** recharts loads in the browser after the table, which already carries every figure. */
export const ScoreRadar = dynamic(() => import("./radar-chart").then((m) => m.ScoreRadar), { ssr: false, loading: RadarPlaceholder });
