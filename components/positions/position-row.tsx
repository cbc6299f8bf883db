import Link from "next/link";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { VenueName } from "@/components/venues/venue-name";
import { chainName } from "@/lib/chains";
import { formatRatio, formatUsd } from "@/lib/format/money";
import { CoverageBar } from "./coverage-bar";
import { FlagBadges } from "./flag-badges";
import type { PositionRow as Row } from "./table-model";
import { VENUE_KIND_LABELS } from "./kind-labels";

const actionClass = "rounded px-1.5 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";
const money = "px-2 py-2 text-right tabular-nums whitespace-nowrap";

type PositionRowProps = { row: Row; onEdit: (id: string) => void; onDelete: (row: Row) => void };

export function PositionRow({ row, onEdit, onDelete }: PositionRowProps) {
  const { canWrite } = usePortfolioRole();
  return (
    <tr className="border-t border-[var(--border)] align-top">
      <th scope="row" className="sticky left-0 z-[1] min-w-36 max-w-56 bg-[var(--card)] px-2 py-2 text-left font-medium">
        <Link href={`/positions/${row.id}`} className="break-words">{row.label}</Link>
      </th>
      <td className="px-2 py-2">{row.asset}</td>
      <td className="px-2 py-2">{chainName(row.chain)}</td>
      <td className="px-2 py-2">
        <VenueName slug={row.venue} name={row.venueName} />
        <span className="block text-xs text-[var(--muted)]">{VENUE_KIND_LABELS[row.venueKind]}</span>
      </td>
      <td className={money}>{formatUsd(row.valueUsd)}</td>
      <td className={money}>{formatUsd(row.insuredUsd)}</td>
      <td className={money}>{formatUsd(row.uninsuredUsd)}</td>
      <td className="px-2 py-2 text-right tabular-nums">
        <span className="flex items-center justify-end gap-2">
          <CoverageBar ratio={row.ratio} />
          {formatRatio(row.ratio)}
        </span>
      </td>
      <td className="min-w-36 px-2 py-2"><FlagBadges flags={row.flags} /></td>
      <td className="px-2 py-2">
        {canWrite && <span className="flex">
          <button type="button" className={actionClass} onClick={() => onEdit(row.id)} aria-label={`Edit ${row.label}`}>Edit</button>
          <button type="button" className={`${actionClass} text-red-700 dark:text-red-400`} onClick={() => onDelete(row)} aria-label={`Delete ${row.label}`}>
            Delete
          </button>
        </span>}
      </td>
    </tr>
  );
}
