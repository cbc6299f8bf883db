"use client";

import { ChartCard, LegendSwatches } from "@/components/dashboard/chart-card";
import { FiguresTable } from "@/components/dashboard/figures-table";
import { riskLabel } from "@/lib/format/calendar";
import { StackedBars } from "@/components/dashboard/lazy-charts";
import { formatUsd } from "@/lib/format/money";
import type { TSummaryPosition } from "@/lib/schemas/summary";
import { riskBars } from "./position-data";

/** Insured and uninsured per risk the position carries; the headline figures are those of the first (main) risk. */
export function RiskSection({ position }: { position: TSummaryPosition }) {
  const main = position.risks[0];
  if (!main) {
    return (
      <section aria-labelledby="risks-heading" className="flex flex-col gap-2">
        <h2 id="risks-heading" className="text-lg font-semibold">Risks</h2>
        <p className="text-sm">This position carries no risk that insurers cover, so there is nothing to insure it against.</p>
      </section>
    );
  }
  return (
    <ChartCard
      id="risks-heading"
      title="Insured and uninsured per risk"
      caption={`Each risk is a separate exposure of the full ${formatUsd(position.valueUsd)}; the main risk (${riskLabel(main.risk)}) gives the headline figures.`}
      figures={
        <FiguresTable
          open
          summary="Figures per risk"
          caption="Exposure, insured, uninsured and wasted cover per risk"
          columns={[{ header: "Risk" }, { header: "Exposure", numeric: true }, { header: "Insured", numeric: true }, { header: "Uninsured", numeric: true }, { header: "Wasted", numeric: true }]}
          rows={position.risks.map((r, i) => [`${riskLabel(r.risk)}${i === 0 ? " (main)" : ""}`, formatUsd(r.exposureUsd), formatUsd(r.insuredUsd), formatUsd(r.uninsuredUsd), formatUsd(r.wastedUsd)])}
        />
      }
    >
      <StackedBars rows={riskBars(position)} title="Insured and uninsured per risk" />
      <LegendSwatches items={[{ label: "Insured", tone: "insured" }, { label: "Uninsured", tone: "uninsured" }]} />
    </ChartCard>
  );
}
