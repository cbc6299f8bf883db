import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatUsd } from "@/lib/format/money";
import type { TCover } from "@/lib/schemas/cover";
import { CoverBadges } from "./cover-badges";
import { coverBadges } from "./cover-status";
import { COVERAGE_LABELS } from "./coverage-labels";

const actionClass = "rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

type CoverRowProps = { cover: TCover; asOf: string; claimWindowUntil?: string | null; onEdit: (c: TCover) => void; onDelete: (c: TCover) => void };

export function CoverRow({ cover, asOf, claimWindowUntil, onEdit, onDelete }: CoverRowProps) {
  const linked = cover.positionIds.length;
  const { canWrite } = usePortfolioRole();
  return (
    <tr className="border-t border-[var(--border)] align-top">
      <th scope="row" className="sticky left-0 z-[1] max-w-56 bg-[var(--card)] px-2 py-2 text-left font-medium">
        {cover.productName}
        <span className="block text-xs font-normal text-[var(--muted)]">
          {cover.providerName ?? cover.providerSlug ?? "Provider not recorded"}{cover.productId ? "" : " · bought elsewhere"}
        </span>
      </th>
      <td className="px-2 py-2">{COVERAGE_LABELS[cover.coverageType]}</td>
      <td className="whitespace-nowrap px-2 py-2 text-right tabular-nums">{formatUsd(cover.amountUsd)}</td>
      <td className="whitespace-nowrap px-2 py-2 tabular-nums">{cover.startsAt} → {cover.expiresAt}</td>
      <td className="px-2 py-2 text-right tabular-nums">{linked}</td>
      <td className="min-w-36 px-2 py-2"><CoverBadges badges={coverBadges(cover, asOf, claimWindowUntil)} /></td>
      <td className="px-2 py-2">
        <span className="flex gap-1">
          <a href={`/api/covers/${cover.id}/ics`} download className={`${actionClass} whitespace-nowrap`} aria-label={`Add to calendar (.ics): ${cover.productName}`}>Add to calendar (.ics)</a>
          {canWrite && <button type="button" className={actionClass} onClick={() => onEdit(cover)} aria-label={`Edit cover ${cover.productName}`}>Edit</button>}
          {canWrite && (
            <button type="button" className={`${actionClass} text-red-700 dark:text-red-400`} onClick={() => onDelete(cover)} aria-label={`Delete cover ${cover.productName}`}>
              Delete
            </button>
          )}
        </span>
      </td>
    </tr>
  );
}
