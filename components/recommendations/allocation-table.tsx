import Link from "next/link";
import { riskLabel } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TAllocation } from "@/lib/schemas/recommendation";

const pct = (p: number) => `${Number((p * 100).toFixed(3))} %`;

/** The optimizer's plan: one row per (position, risk, product), with the arithmetic's inputs. */
export function AllocationTable({ rows }: { rows: readonly TAllocation[] }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Allocation table">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">Cover to buy per position, product, amount, premium and expected loss covered</caption>
        <thead>
          <tr className="border-b border-[var(--border)] text-left">
            <th scope="col" className="py-1.5 pr-3 font-medium">Position</th>
            <th scope="col" className="py-1.5 pr-3 font-medium">Product</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Amount</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Premium / yr</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Loss prob.</th>
            <th scope="col" className="whitespace-nowrap py-1.5 text-right font-medium">Expected loss covered</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.positionId}:${r.risk}:${r.productId}`} className="border-b border-[var(--border)] align-top last:border-0">
              <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                <Link href={`/positions/${r.positionId}`}>{r.positionLabel}</Link>
                <span className="block text-xs text-[var(--muted)]">{riskLabel(r.risk)}</span>
              </th>
              <td className="py-1.5 pr-3">
                {r.providerName} · {r.productName}
                <span className="block text-xs text-[var(--muted)]">
                  at {r.premiumPct} %/yr{r.deductibleShare > 0 && `, deductible keeps ${pct(r.deductibleShare)}`}
                  {r.premiumSource === "provider" && ` · ${r.providerName}'s published range (the product has no rate of its own), high end`}
                  {r.belowMinimum && " · below the product's minimum purchase"}
                </span>
              </td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{formatUsd(r.amountUsd)}</td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{formatUsd(r.premiumUsd)}</td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{pct(r.lossProbability)}</td>
              <td className="whitespace-nowrap py-1.5 text-right tabular-nums">{formatUsd(r.expectedLossCoveredUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
