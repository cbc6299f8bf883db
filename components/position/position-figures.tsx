import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TSummaryPosition } from "@/lib/schemas/summary";
import { riskLabel } from "@/components/dashboard/format";

export function PositionFigures({ position, targetRatio }: { position: TSummaryPosition; targetRatio: number }) {
  const main = position.primaryRisk ? riskLabel(position.primaryRisk) : null;
  const figures = [
    { label: "Value", value: formatUsd(position.valueUsd), note: main ? `main risk: ${main}` : "no insurable risk" },
    { label: "Insured", value: formatUsd(position.insuredUsd), note: "paid out on a total loss to the main risk", tone: "insured" },
    { label: "Uninsured", value: formatUsd(position.uninsuredUsd), note: "value no cover pays for", tone: "uninsured" },
    { label: "Coverage ratio", value: formatRatio(position.ratio), note: `your target is ${formatRatio(targetRatio)}` },
    { label: "Wasted cover", value: formatUsd(position.wastedUsd), note: "cover beyond the value, main risk", tone: "wasted" },
  ];
  return (
    <section aria-labelledby="position-figures-heading">
      <h2 id="position-figures-heading" className="sr-only">Figures</h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {figures.map((f) => (
          <div key={f.label} className="flex min-w-0 flex-col gap-1 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3 last:col-span-2 lg:last:col-span-1">
            <dt className="flex items-center gap-2 text-sm font-medium text-[var(--muted)]">
              {f.tone && <span aria-hidden="true" className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: `var(--chart-${f.tone})` }} />}
              {f.label}
            </dt>
            <dd className="text-lg font-semibold tabular-nums [overflow-wrap:anywhere] sm:text-xl">{f.value}</dd>
            <dd className="text-xs text-[var(--muted)]">{f.note}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
