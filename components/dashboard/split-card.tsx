"use client";

import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TOverview } from "@/lib/schemas/overview";
import { ChartCard, LegendSwatches } from "./chart-card";
import { donutSlices } from "./chart-data";
import { FiguresTable } from "./figures-table";
import { InsuredDonut } from "./lazy-charts";

export function SplitCard({ totals }: { totals: TOverview["totals"] }) {
  return (
    <ChartCard
      id="split-heading"
      title="Insured vs uninsured"
      caption={`${formatUsd(totals.insuredUsd)} insured and ${formatUsd(totals.uninsuredUsd)} uninsured of ${formatUsd(totals.valueUsd)} (${formatRatio(totals.ratio)} covered).`}
      figures={
        <FiguresTable
          caption="Insured and uninsured value"
          columns={[{ header: "Part" }, { header: "Amount", numeric: true }]}
          rows={[
            ["Insured", formatUsd(totals.insuredUsd)],
            ["Uninsured", formatUsd(totals.uninsuredUsd)],
            ["Portfolio value", formatUsd(totals.valueUsd)],
          ]}
        />
      }
    >
      <div className="relative">
        <InsuredDonut slices={donutSlices(totals)} title="Insured vs uninsured" />
        <p aria-hidden="true" className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center text-center">
          <span className="text-2xl font-semibold tabular-nums">{formatRatio(totals.ratio)}</span>
          <span className="text-xs text-[var(--muted)]">insured</span>
        </p>
      </div>
      <LegendSwatches items={[{ label: "Insured", tone: "insured" }, { label: "Uninsured", tone: "uninsured" }]} />
    </ChartCard>
  );
}
