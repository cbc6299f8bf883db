import Link from "next/link";
import { memo } from "react";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { VenueName } from "@/components/venues/venue-name";
import { chainName } from "@/lib/chains";
import { formatRatio, formatUsd } from "@/lib/format/money";
import { CoverageBar } from "./coverage-bar";
import { FlagBadges } from "./flag-badges";
import type { PositionRow } from "./table-model";
import { VENUE_KIND_LABELS } from "./kind-labels";

const actionClass = "min-h-10 rounded px-3 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

type PositionCardsProps = { rows: PositionRow[]; onEdit: (id: string) => void; onDelete: (row: PositionRow) => void };

/** The table's rows as cards, for narrow screens: the figures that matter without sideways scrolling. */
export const PositionCards = memo(function PositionCards({ rows, onEdit, onDelete }: PositionCardsProps) {
  const { canWrite } = usePortfolioRole();
  return (
    <ul className="flex flex-col gap-3" aria-label="Positions">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3">
          <div className="flex items-start justify-between gap-3">
            <Link href={`/positions/${row.id}`} className="min-w-0 break-words font-medium">{row.label}</Link>
            <span className="whitespace-nowrap tabular-nums">{formatUsd(row.valueUsd)}</span>
          </div>
          <p className="text-xs text-[var(--muted)]">{row.asset} · {chainName(row.chain)} · <VenueName slug={row.venue} name={row.venueName} /> ({VENUE_KIND_LABELS[row.venueKind]})</p>
          <dl className="grid grid-cols-3 gap-2 text-sm">
            <div><dt className="text-xs text-[var(--muted)]">Insured</dt><dd className="tabular-nums">{formatUsd(row.insuredUsd)}</dd></div>
            <div><dt className="text-xs text-[var(--muted)]">Uninsured</dt><dd className="tabular-nums">{formatUsd(row.uninsuredUsd)}</dd></div>
            <div>
              <dt className="text-xs text-[var(--muted)]">Insured %</dt>
              <dd className="flex items-center gap-2 tabular-nums"><CoverageBar ratio={row.ratio} />{formatRatio(row.ratio)}</dd>
            </div>
          </dl>
          {row.flags.length > 0 && <FlagBadges flags={row.flags} />}
          {canWrite && (
            <div className="flex justify-end gap-1">
              <button type="button" className={actionClass} onClick={() => onEdit(row.id)} aria-label={`Edit ${row.label}`}>Edit</button>
              <button type="button" className={`${actionClass} text-red-700 dark:text-red-400`} onClick={() => onDelete(row)} aria-label={`Delete ${row.label}`}>Delete</button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
});
