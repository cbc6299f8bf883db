"use client";

import { formatUsd } from "@/lib/format/money";
import type { TSummary } from "@/lib/schemas/summary";
import { ChartCard } from "./chart-card";
import { CLIFF_DAYS, cliffEvents, cliffMarkers, cliffPoints, monthTicks } from "./chart-data";
import { FiguresTable } from "./figures-table";
import { addDays, formatDay } from "@/lib/format/calendar";
import { CoverCliffChart } from "./lazy-charts";

function captionOf(summary: TSummary): string {
  const first = summary.timeline[0];
  const last = summary.timeline.at(-1);
  if (!first || !last) return "";
  const expiries = cliffMarkers(summary).length;
  const lapse = expiries === 0 ? "No cover expires in the next 12 months." : `${expiries} expiry date${expiries === 1 ? "" : "s"} in the next 12 months (dashed lines).`;
  if (first.insuredUsd === last.insuredUsd) return `Insured stays at ${formatUsd(first.insuredUsd)} for the next 12 months. ${lapse}`;
  return `Insured ${formatUsd(first.insuredUsd)} on ${formatDay(first.date)}, ${formatUsd(last.insuredUsd)} from ${formatDay(last.date)} unless you renew. ${lapse}`;
}

/** The cover cliff: what stays insured as covers start and expire over the next 12 months. */
export function CliffCard({ summary }: { summary: TSummary }) {
  const events = cliffEvents(summary);
  return (
    <ChartCard
      id="cliff-heading"
      title="Cover cliff: next 12 months"
      caption={captionOf(summary)}
      figures={
        <FiguresTable
          caption="Insured total on each day a cover starts or expires"
          columns={[{ header: "Date" }, { header: "Insured from that day", numeric: true }, { header: "What changes" }]}
          rows={events.map((e, i) => [
            formatDay(e.date),
            e.insuredUsd ? formatUsd(e.insuredUsd) : "unchanged",
            i === 0 && e.changes.length === 0 ? "as of this date" : e.changes.join("; "),
          ])}
        />
      }
    >
      <CoverCliffChart
        points={cliffPoints(summary)}
        markers={cliffMarkers(summary)}
        ticks={monthTicks(summary.asOf, addDays(summary.asOf, CLIFF_DAYS))}
        title="Insured total over the next 12 months"
      />
    </ChartCard>
  );
}
