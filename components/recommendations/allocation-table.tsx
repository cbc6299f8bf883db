import Link from "next/link";
import { riskLabel } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TAllocation } from "@/lib/schemas/recommendation";
import { multipleText } from "./optimizer-model";

const pct = (p: number) => `${Number((p * 100).toFixed(3))} %`;

/** The position column stays put while the rest scrolls sideways on a phone (opaque, like the positions table). */
const STICKY = "sticky left-0 z-[1] w-28 min-w-28 bg-[var(--card)] py-1.5 pr-3 sm:w-auto";

/** The optimizer's plan: one row per (position, risk, product), with the arithmetic's inputs. */
export function AllocationTable({ rows }: { rows: readonly TAllocation[] }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Allocation table">
      <table className="w-full min-w-[46rem] border-collapse text-sm">
        <caption className="sr-only">Cover to buy per position and product: amount, premium, where the price comes from, its multiple of the expected loss covered, and the expected loss covered</caption>
        <thead>
          <tr className="border-b border-[var(--border)] text-left">
            <th scope="col" className={`${STICKY} font-medium`}>Position</th>
            <th scope="col" className="py-1.5 pr-3 font-medium">Product</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Amount</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Premium / yr</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Multiple</th>
            <th scope="col" className="whitespace-nowrap py-1.5 pr-3 text-right font-medium">Loss prob.</th>
            <th scope="col" className="whitespace-nowrap py-1.5 text-right font-medium">Expected loss covered</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.positionId}:${r.risk}:${r.productId}`} className="border-b border-[var(--border)] align-top last:border-0">
              <th scope="row" className={`${STICKY} text-left font-normal`}>
                <Link href={`/positions/${r.positionId}`}>{r.positionLabel}</Link>
                <span className="block text-xs text-[var(--muted)]">{riskLabel(r.risk)}</span>
              </th>
              <td className="py-1.5 pr-3">
                {r.providerName} · {r.productName}
                <span className="block text-xs text-[var(--muted)]">
                  {r.priceLabel}
                  {r.premiumSource === "provider" && " (the product has no rate of its own)"}
                  {r.deductibleShare > 0 && ` · deductible keeps ${pct(r.deductibleShare)}`}
                  {r.belowMinimum && " · below the product's minimum purchase"}
                </span>
              </td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{formatUsd(r.amountUsd)}</td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{formatUsd(r.premiumUsd)}</td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{multipleText(r.valueMultiple)}</td>
              <td className="whitespace-nowrap py-1.5 pr-3 text-right tabular-nums">{pct(r.lossProbability)}</td>
              <td className="whitespace-nowrap py-1.5 text-right tabular-nums">{formatUsd(r.expectedLossCoveredUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
