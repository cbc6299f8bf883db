"use client";

import { formatUsd } from "@/lib/format/money";
import type { TOverview } from "@/lib/schemas/overview";
import { ChartCard } from "./chart-card";
import { CLIFF_DAYS, changesOf, cliffMarkers, cliffPoints, monthTicks } from "./chart-data";
import { FiguresTable } from "./figures-table";
import { addDays, formatDay } from "@/lib/format/calendar";
import { CoverCliffChart } from "./lazy-charts";

function captionOf(points: TOverview["cliff"]["points"], expiries: number): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return "";
  const lapse = expiries === 0 ? "No cover expires in the next 12 months." : `${expiries} expiry date${expiries === 1 ? "" : "s"} in the next 12 months (dashed lines).`;
  if (first.insuredUsd === last.insuredUsd) return `Insured stays at ${formatUsd(first.insuredUsd)} for the next 12 months. ${lapse}`;
  return `Insured ${formatUsd(first.insuredUsd)} on ${formatDay(first.date)}, ${formatUsd(last.insuredUsd)} from ${formatDay(last.date)} unless you renew. ${lapse}`;
}

/** The cover cliff: what stays insured as covers start and expire over the next 12 months. */
export function CliffCard({ asOf, cliff }: { asOf: string; cliff: TOverview["cliff"] }) {
  const markers = cliffMarkers(cliff.events);
  return (
    <ChartCard
      id="cliff-heading"
      title="Cover cliff: next 12 months"
      caption={captionOf(cliff.points, markers.length)}
      figures={
        <FiguresTable
          caption="Insured total on each day a cover starts or expires"
          columns={[{ header: "Date" }, { header: "Insured from that day", numeric: true }, { header: "What changes" }]}
          rows={cliff.events.map((e, i) => {
            const changes = changesOf(e);
            return [formatDay(e.date), e.insuredUsd ? formatUsd(e.insuredUsd) : "unchanged", i === 0 && changes === "" ? "as of this date" : changes];
          })}
        />
      }
    >
      <CoverCliffChart
        points={cliffPoints(asOf, cliff.points)}
        markers={markers}
        ticks={monthTicks(asOf, addDays(asOf, CLIFF_DAYS))}
        title="Insured total over the next 12 months"
      />
    </ChartCard>
  );
}
