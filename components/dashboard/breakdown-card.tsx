"use client";

import type { ReactNode } from "react";
import { formatUsd } from "@/lib/format/money";
import type { TOverviewRow } from "@/lib/schemas/overview";
import { ChartCard, LegendSwatches } from "./chart-card";
import { barRows } from "./chart-data";
import { FiguresTable } from "./figures-table";
import { StackedBars } from "./lazy-charts";

/** Enough bars to read on a phone; the server folds the rest into one "Others" row. */
const MAX_BARS = 8;

export function BreakdownCard({ id, title, groupName, rows, caption, empty, showUninsured = true }: {
  id: string; title: string; groupName: string; rows: TOverviewRow[]; caption: ReactNode; empty: ReactNode; showUninsured?: boolean;
}) {
  const bars = barRows(rows, MAX_BARS);
  const folded = rows.find((r) => r.others > 0)?.others ?? 0;
  const more = folded > 0 ? ` The ${folded} smallest are added up in “Others”.` : "";
  return (
    <ChartCard
      id={id}
      title={title}
      caption={<>{caption}{more}</>}
      figures={rows.length > 0 && (
        <FiguresTable
          caption={`${title}: insured and uninsured per ${groupName}`}
          columns={[{ header: groupName }, { header: "Insured", numeric: true }, ...(showUninsured ? [{ header: "Uninsured", numeric: true }] : [])]}
          rows={rows.map((r) => [r.label, formatUsd(r.insuredUsd), ...(showUninsured ? [formatUsd(r.uninsuredUsd)] : [])])}
        />
      )}
    >
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-[var(--border)] p-4 text-sm">{empty}</p>
      ) : (
        <>
          <StackedBars rows={bars} title={title} />
          <LegendSwatches items={showUninsured ? [{ label: "Insured", tone: "insured" }, { label: "Uninsured", tone: "uninsured" }] : [{ label: "Insured", tone: "insured" }]} />
        </>
      )}
    </ChartCard>
  );
}
