import Link from "next/link";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatDay, riskLabel } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { CoverState, PositionCoverView } from "./position-data";

const STATE_STYLE: Record<CoverState["kind"], string> = {
  in_force: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200",
  not_started: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  expired: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  draft: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};

function whyNothing({ cover, state }: PositionCoverView, asOf: string): string {
  if (state.kind === "expired") return `Pays nothing on ${formatDay(asOf)}: it expired on ${formatDay(cover.expiresAt)}.`;
  if (state.kind === "not_started") return `Pays nothing on ${formatDay(asOf)}: it starts on ${formatDay(cover.startsAt)}.`;
  if (state.kind === "draft") return "A draft you are considering: it is left out of every figure.";
  return "Pays nothing here: it does not apply to this position (wrong risk, venue or chain).";
}

function CoverCard({ view, asOf }: { view: PositionCoverView; asOf: string }) {
  const { cover, state, shares } = view;
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h3 className="font-semibold">{cover.providerName ? `${cover.providerName} · ${cover.name}` : cover.name}</h3>
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${STATE_STYLE[state.kind]}`}>{state.label}</span>
      </div>
      <p className="text-sm text-[var(--muted)]">
        {riskLabel(cover.coverageType)} · {formatUsd(cover.amountUsd)} · {formatDay(cover.startsAt)} to {formatDay(cover.expiresAt)}
        {cover.positionIds.length > 1 && ` · shared with ${cover.positionIds.length - 1} other position${cover.positionIds.length === 2 ? "" : "s"}`}
      </p>
      {shares.length === 0 ? (
        <p className="text-sm">{whyNothing(view, asOf)}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`What ${cover.name} pays`}>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-[var(--border)] text-left">
                <th scope="col" className="py-1 pr-3 font-medium">Risk</th>
                <th scope="col" className="whitespace-nowrap py-1 pr-3 text-right font-medium">Allocated here</th>
                <th scope="col" className="whitespace-nowrap py-1 text-right font-medium">Pays on a total loss</th>
              </tr>
            </thead>
            <tbody>
              {shares.map((s) => (
                <tr key={s.risk}>
                  <th scope="row" className="py-1 pr-3 text-left font-normal">{s.risk}</th>
                  <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatUsd(s.allocatedUsd)}</td>
                  <td className="whitespace-nowrap py-1 text-right tabular-nums">{formatUsd(s.payUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}

export function CoversSection({ views, asOf, portfolioId }: { views: PositionCoverView[]; asOf: string; portfolioId: string }) {
  const { canWrite } = usePortfolioRole(portfolioId);
  return (
    <section aria-labelledby="covers-heading" className="flex flex-col gap-2">
      <h2 id="covers-heading" className="text-lg font-semibold">Covers on this position</h2>
      {views.length === 0 ? (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          No cover is linked to this position.{" "}
          {canWrite && <><Link href={`/portfolios/${portfolioId}/positions`} className="underline">Record a cover you hold</Link>{" "}or </>}
          <Link href={`/recommendations?portfolio=${portfolioId}`} className="underline">{canWrite ? "see" : "See"} what to buy</Link>.
        </p>
      ) : (
        <>
          <p className="text-sm text-[var(--muted)]">
            A cover linked to several positions is shared among them in proportion to their value (“allocated here”);
            what it pays is that share less its deductible, and never more than the exposure.
          </p>
          <ul className="flex flex-col gap-3">
            {views.map((v) => <CoverCard key={v.cover.id} view={v} asOf={asOf} />)}
          </ul>
        </>
      )}
    </section>
  );
}
