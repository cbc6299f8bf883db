import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TSummary } from "@/lib/schemas/summary";

type Figure = { label: string; value: string; note: string; tone?: "insured" | "uninsured" | "wasted" };

function figuresOf(totals: TSummary["totals"], targetRatio: number): Figure[] {
  return [
    { label: "Portfolio value", value: formatUsd(totals.valueUsd), note: "sum of all positions" },
    { label: "Insured", value: formatUsd(totals.insuredUsd), note: "paid out on a total loss of each position's main risk", tone: "insured" },
    { label: "Uninsured", value: formatUsd(totals.uninsuredUsd), note: "value no cover pays for", tone: "uninsured" },
    { label: "Coverage ratio", value: formatRatio(totals.ratio), note: `insured ÷ value; your target is ${formatRatio(targetRatio)}` },
    { label: "Wasted cover", value: formatUsd(totals.wastedUsd), note: "cover bought beyond a position's value", tone: "wasted" },
  ];
}

/** The headline figures, exact to the cent: they come first and never wait for the charts. */
export function TotalsGrid({ totals, targetRatio }: { totals: TSummary["totals"]; targetRatio: number }) {
  return (
    <section aria-labelledby="totals-heading">
      <h2 id="totals-heading" className="sr-only">Totals</h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        {figuresOf(totals, targetRatio).map((f) => (
          <div key={f.label} className="flex min-w-0 flex-col gap-1 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3 last:col-span-2 sm:p-4 lg:last:col-span-1">
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
