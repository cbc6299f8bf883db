"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CHART_COLOR_VARS } from "@/components/charts/chart-colors";
import { useTRPC } from "@/lib/trpc/client";
import { AlertsPanel } from "./alerts-panel";
import { AsOfControl } from "./as-of-control";
import { DashboardCharts } from "./dashboard-charts";
import { DashboardError, DashboardSkeleton, EmptyDashboard } from "./dashboard-states";
import { todayUtc } from "@/lib/format/calendar";
import { TotalsGrid } from "./totals-grid";

function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}

/** Keeps the chosen day in the address, so a look-ahead view can be shared or reloaded. */
function rememberAsOf(asOf: string | null) {
  const url = new URL(window.location.href);
  if (asOf) url.searchParams.set("asOf", asOf);
  else url.searchParams.delete("asOf");
  window.history.replaceState(window.history.state, "", url);
}

export function Dashboard({ portfolioId, initialAsOf }: { portfolioId: string; initialAsOf: string | null }) {
  const trpc = useTRPC();
  const [asOf, setAsOf] = useState(initialAsOf);
  const [today] = useState(() => todayUtc());
  // The page prefetched this very query on the server: the first HTML already has the figures.
  const overview = useQuery(trpc.portfolio.overview.queryOptions(
    { portfolioId, ...(asOf && { asOf }) },
    { placeholderData: keepPreviousData },
  ));

  if (overview.isPending) return <DashboardSkeleton />;
  if (overview.isError) return <DashboardError notFound={errorCode(overview.error) === "NOT_FOUND"} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  if (data.counts.positions === 0) return <EmptyDashboard portfolioId={portfolioId} />;

  const positionHref = (id: string) => `/positions/${id}${data.asOf === today ? "" : `?asOf=${data.asOf}`}`;
  return (
    <div className={`flex flex-col gap-6 ${CHART_COLOR_VARS}`}>
      <AsOfControl
        asOf={asOf ?? today}
        today={today}
        updating={overview.isPlaceholderData}
        onChange={(day) => { setAsOf(day); rememberAsOf(day); }}
      />
      <TotalsGrid totals={data.totals} targetRatio={data.targetRatio} />
      <AlertsPanel portfolioId={portfolioId} asOf={data.asOf} today={today} alerts={data.alerts} positionHref={positionHref} />
      <DashboardCharts overview={data} />
    </div>
  );
}
