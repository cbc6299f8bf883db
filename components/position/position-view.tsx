"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { CHART_COLOR_VARS } from "@/components/charts/chart-colors";
import { flagContextOf } from "@/server/domain/alerts/flag-copy";
import { formatDay, todayUtc } from "@/lib/format/calendar";
import { VENUE_KIND_LABELS } from "@/components/positions/kind-labels";
import { VenueIncidents } from "@/components/incidents/venue-incidents";
import { VenueName } from "@/components/venues/venue-name";
import { chainName } from "@/lib/chains";
import { useTRPC } from "@/lib/trpc/client";
import { CoversSection } from "./covers-section";
import { PositionFigures } from "./position-figures";
import { PositionFlags } from "./position-flags";
import { coverViews, positionOf } from "./position-data";
import { RiskSection } from "./risk-section";

function isNotFound(error: unknown): boolean {
  return (error as { data?: { code?: string } } | null)?.data?.code === "NOT_FOUND";
}

function Missing() {
  return (
    <p className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-6">
      This position does not exist or is not yours. <Link href="/portfolios" className="underline">See your portfolios</Link>.
    </p>
  );
}

/** One position: its figures per risk, the covers on it and what each pays, its flags in words. */
export function PositionView({ positionId, asOf }: { positionId: string; asOf: string | null }) {
  const trpc = useTRPC();
  const position = useQuery(trpc.position.get.queryOptions({ id: positionId }));
  const portfolioId = position.data?.portfolioId ?? "";
  const summary = useQuery(trpc.portfolio.summary.queryOptions({ portfolioId, ...(asOf && { asOf }) }, { enabled: portfolioId !== "" }));

  if (position.isError && isNotFound(position.error)) return <Missing />;
  if (position.isError || summary.isError) {
    return <p className="rounded-lg border border-red-600 p-4 text-red-800 dark:text-red-300">This position could not be loaded. Reload the page to try again.</p>;
  }
  if (!summary.data) return <p role="status" className="text-[var(--muted)]">{position.data ? `Loading ${position.data.label}…` : "Loading the position…"}</p>;
  const found = positionOf(summary.data, positionId);
  if (!found) return <Missing />;

  const { position: p, covers } = found;
  const today = todayUtc();
  const back = `/portfolios/${portfolioId}${summary.data.asOf === today ? "" : `?asOf=${summary.data.asOf}`}`;
  return (
    <div className={`flex flex-col gap-6 ${CHART_COLOR_VARS}`}>
      <div className="flex flex-col gap-1">
        <Link href={back} className="text-sm">← {summary.data.portfolio.name} dashboard</Link>
        <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">{p.label}</h1>
        <p className="text-sm text-[var(--muted)]">
          {p.asset} ({p.assetKind}) · <VenueName slug={p.venue} name={p.venueName} /> ({VENUE_KIND_LABELS[p.venueKind]}) · {chainName(p.chain)} · figures as of {formatDay(summary.data.asOf)}
          {summary.data.asOf !== today && <> · <Link href={`/positions/${positionId}`} className="underline">back to today</Link></>}
        </p>
      </div>
      <PositionFigures position={p} targetRatio={summary.data.targetRatio} />
      <PositionFlags position={p} context={flagContextOf(summary.data)} />
      <RiskSection position={p} />
      <CoversSection views={coverViews(p, covers, summary.data.asOf)} asOf={summary.data.asOf} portfolioId={portfolioId} />
      <VenueIncidents venue={p.venue} venueLabel={p.venueName ?? p.venue} />
    </div>
  );
}
