"use client";

import Link from "next/link";
import { formatUsd } from "@/lib/format/money";
import type { TOverview } from "@/lib/schemas/overview";
import { BreakdownCard } from "./breakdown-card";
import { ChartsGate } from "./charts-gate";
import { CliffCard } from "./cliff-card";
import { SplitCard } from "./split-card";

export function DashboardCharts({ overview }: { overview: TOverview }) {
  const { breakdowns, totals, portfolio } = overview;
  const coversHref = `/portfolios/${portfolio.id}/positions`;
  return (
    <section aria-labelledby="charts-heading" className="flex flex-col gap-3">
      <h2 id="charts-heading" className="text-lg font-semibold">Where the cover is</h2>
      <ChartsGate className="flex flex-col gap-3">
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <SplitCard totals={totals} />
        <CliffCard asOf={overview.asOf} cliff={overview.cliff} />
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        <BreakdownCard
          id="by-provider-heading"
          title="By provider"
          groupName="Provider"
          rows={breakdowns.byProvider}
          showUninsured={false}
          caption={`Insured amount each provider would pay. The ${formatUsd(totals.uninsuredUsd)} uninsured has no provider.`}
          empty={<>No cover is in force on this date. <Link href={coversHref} className="underline">Record the covers you hold</Link>.</>}
        />
        <BreakdownCard
          id="by-chain-heading"
          title="By chain"
          groupName="Chain"
          rows={breakdowns.byChain}
          caption="Insured and uninsured value of the positions on each chain."
          empty="No positions."
        />
        <BreakdownCard
          id="by-venue-heading"
          title="By venue"
          groupName="Venue"
          rows={breakdowns.byVenue}
          caption="Insured and uninsured value per protocol, exchange, custodian or wallet."
          empty="No positions."
        />
      </div>
      </ChartsGate>
    </section>
  );
}
