import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatUsd } from "@/lib/format/money";
import type { TCover } from "@/lib/schemas/cover";
import { CoverBadges } from "./cover-badges";
import { coverBadges } from "./cover-status";
import { COVERAGE_LABELS } from "./coverage-labels";

const actionClass = "min-h-10 rounded px-3 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

type CoverCardsProps = {
  covers: TCover[];
  asOf: string;
  windows: Map<string, string | null>;
  onEdit: (c: TCover) => void;
  onDelete: (c: TCover) => void;
};

/** Covers as cards for narrow screens. */
export function CoverCards({ covers, asOf, windows, onEdit, onDelete }: CoverCardsProps) {
  const { canWrite } = usePortfolioRole();
  return (
    <ul className="flex flex-col gap-3" aria-label="Covers">
      {covers.map((c) => (
        <li key={c.id} className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3">
          <div className="flex items-start justify-between gap-3">
            <p className="min-w-0 break-words font-medium">{c.productName}</p>
            <span className="whitespace-nowrap tabular-nums">{formatUsd(c.amountUsd)}</span>
          </div>
          <p className="text-xs text-[var(--muted)]">
            {c.providerName ?? c.providerSlug ?? "Provider not recorded"}{c.productId ? "" : " · bought elsewhere"} · {COVERAGE_LABELS[c.coverageType]}
          </p>
          <p className="text-sm tabular-nums">{c.startsAt} → {c.expiresAt} · {c.positionIds.length} position{c.positionIds.length === 1 ? "" : "s"}</p>
          <CoverBadges badges={coverBadges(c, asOf, windows.get(c.id))} />
          <div className="flex flex-wrap justify-end gap-1">
            <a href={`/api/covers/${c.id}/ics`} download className={`${actionClass} inline-flex items-center`} aria-label={`Add to calendar (.ics): ${c.productName}`}>Add to calendar (.ics)</a>
            {canWrite && <button type="button" className={actionClass} onClick={() => onEdit(c)} aria-label={`Edit cover ${c.productName}`}>Edit</button>}
            {canWrite && <button type="button" className={`${actionClass} text-red-700 dark:text-red-400`} onClick={() => onDelete(c)} aria-label={`Delete cover ${c.productName}`}>Delete</button>}
          </div>
        </li>
      ))}
    </ul>
  );
}
