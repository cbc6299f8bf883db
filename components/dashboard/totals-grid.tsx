import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TOverview } from "@/lib/schemas/overview";
import { FigureGrid, type Figure } from "@/components/ui/figure-grid";


function figuresOf(totals: TOverview["totals"], targetRatio: number): Figure[] {
  return [
    { label: "Portfolio value", value: formatUsd(totals.valueUsd), note: "sum of all positions" },
    { label: "Insured", value: formatUsd(totals.insuredUsd), note: "paid out on a total loss of each position's main risk", tone: "insured" },
    { label: "Uninsured", value: formatUsd(totals.uninsuredUsd), note: "value no cover pays for", tone: "uninsured" },
    { label: "Coverage ratio", value: formatRatio(totals.ratio), note: `insured ÷ value; your target is ${formatRatio(targetRatio)}` },
    { label: "Wasted cover", value: formatUsd(totals.wastedUsd), note: "cover bought beyond a position's value", tone: "wasted" },
  ];
}

/** The headline figures, exact to the cent: they come first and never wait for the charts. */
export function TotalsGrid({ totals, targetRatio }: { totals: TOverview["totals"]; targetRatio: number }) {
  return <FigureGrid figures={figuresOf(totals, targetRatio)} heading="Totals" headingId="totals-heading" />;
}
