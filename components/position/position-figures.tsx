import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TSummaryPosition } from "@/lib/schemas/summary";
import { riskLabel } from "@/lib/format/calendar";
import { FigureGrid, type Figure } from "@/components/ui/figure-grid";

export function PositionFigures({ position, targetRatio }: { position: TSummaryPosition; targetRatio: number }) {
  const main = position.primaryRisk ? riskLabel(position.primaryRisk) : null;
  const figures: Figure[] = [
    { label: "Value", value: formatUsd(position.valueUsd), note: main ? `main risk: ${main}` : "no insurable risk" },
    { label: "Insured", value: formatUsd(position.insuredUsd), note: "paid out on a total loss to the main risk", tone: "insured" },
    { label: "Uninsured", value: formatUsd(position.uninsuredUsd), note: "value no cover pays for", tone: "uninsured" },
    { label: "Coverage ratio", value: formatRatio(position.ratio), note: `your target is ${formatRatio(targetRatio)}` },
    { label: "Wasted cover", value: formatUsd(position.wastedUsd), note: "cover beyond the value, main risk", tone: "wasted" },
  ];
  return <FigureGrid figures={figures} heading="Figures" headingId="position-figures-heading" />;
}
