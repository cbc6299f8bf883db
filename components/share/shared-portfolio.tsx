import { CHART_COLOR_VARS } from "@/components/charts/chart-colors";
import { formatDay } from "@/lib/format/calendar";
import type { SharedBreakdownKey, SharedBreakdownRow, SharedPortfolioView } from "@/server/domain/share/hide-amounts";
import { formatAmount, formatRatio } from "./shared-amount";
import { FigureGrid, type Figure } from "@/components/ui/figure-grid";

const BREAKDOWN_TITLES: Record<SharedBreakdownKey, { title: string; group: string }> = {
  byRisk: { title: "By risk", group: "Risk" },
  byProvider: { title: "By cover provider", group: "Provider" },
  byChain: { title: "By chain", group: "Chain" },
  byVenue: { title: "By venue", group: "Venue" },
  byVenueKind: { title: "By kind of venue", group: "Kind of venue" },
};
/** The provider breakdown has insured amounts only: what is uninsured has no provider. */
const ORDER: SharedBreakdownKey[] = ["byRisk", "byVenue", "byChain", "byVenueKind", "byProvider"];

const th = "px-2 py-1.5 text-left font-medium text-[var(--muted)]";
const thNum = `${th} text-right`;
const td = "px-2 py-1.5 align-top [overflow-wrap:anywhere]";
const tdNum = "px-2 py-1.5 text-right align-top tabular-nums whitespace-nowrap";

function Totals({ view }: { view: SharedPortfolioView }) {
  const { totals } = view;
  const figures: Figure[] = [
    { label: "Total exposure", value: formatAmount(totals.exposure), note: view.hideAmounts ? "all positions: 100 %" : "sum of all positions" },
    { label: "Insured", value: formatAmount(totals.insured), note: "paid out on a total loss of each position's main risk", tone: "insured" },
    { label: "Uninsured", value: formatAmount(totals.uninsured), note: "value no cover pays for", tone: "uninsured" },
    { label: "Share insured", value: formatRatio(totals.ratio), note: `insured ÷ exposure; the target is ${formatRatio(view.targetRatio)}` },
  ];
  return <FigureGrid figures={figures} heading="Totals" headingId="shared-totals" columns={4} />;
}

function Breakdown({ id, rows, showUninsured }: { id: SharedBreakdownKey; rows: SharedBreakdownRow[]; showUninsured: boolean }) {
  const { title, group } = BREAKDOWN_TITLES[id];
  return (
    <section aria-labelledby={`shared-${id}`} className="flex min-w-0 flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h3 id={`shared-${id}`} className="font-semibold">{title}</h3>
      {rows.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">Nothing to show.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{title}: insured{showUninsured ? " and uninsured" : ""} per {group.toLowerCase()}</caption>
            <thead>
              <tr className="border-b border-[var(--border)]">
                <th scope="col" className={th}>{group}</th>
                <th scope="col" className={thNum}>Insured</th>
                {showUninsured && <th scope="col" className={thNum}>Uninsured</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-[var(--border)] last:border-0">
                  <th scope="row" className={`${td} text-left font-normal`}>{r.label}</th>
                  <td className={tdNum}>{formatAmount(r.insured)}</td>
                  {showUninsured && <td className={tdNum}>{formatAmount(r.uninsured)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Positions({ view }: { view: SharedPortfolioView }) {
  return (
    <section aria-labelledby="shared-positions" className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="shared-positions" className="text-lg font-semibold">Positions</h2>
      {view.positions.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">This portfolio has no positions yet.</p>
      ) : (
        <>
        <ul className="flex flex-col gap-3 sm:hidden" aria-label="Positions">
          {view.positions.map((p, i) => (
            <li key={i} className="flex flex-col gap-1 border-b border-[var(--border)] pb-3 text-sm last:border-0">
              <span className="font-medium [overflow-wrap:anywhere]">{p.label} <span className="font-normal text-[var(--muted)]">{p.asset}</span></span>
              <span className="text-[var(--muted)] [overflow-wrap:anywhere]">{p.venue} · {p.chain}</span>
              <dl className="grid grid-cols-2 gap-x-3 gap-y-0.5 tabular-nums">
                <dt className="text-[var(--muted)]">{view.hideAmounts ? "Share of exposure" : "Value"}</dt><dd className="text-right">{formatAmount(p.value)}</dd>
                <dt className="text-[var(--muted)]">Insured</dt><dd className="text-right">{formatAmount(p.insured)}</dd>
                <dt className="text-[var(--muted)]">Uninsured</dt><dd className="text-right">{formatAmount(p.uninsured)}</dd>
                <dt className="text-[var(--muted)]">Ratio</dt><dd className="text-right">{formatRatio(p.ratio)}</dd>
              </dl>
            </li>
          ))}
        </ul>
        <div className="hidden overflow-x-auto sm:block">
          <table className="w-full min-w-[40rem] text-sm">
            <caption className="sr-only">Positions: value, insured and uninsured{view.hideAmounts ? " as shares of the total exposure" : ""}, and the share insured</caption>
            <thead>
              <tr className="border-b border-[var(--border)]">
                <th scope="col" className={th}>Position</th>
                <th scope="col" className={th}>Venue</th>
                <th scope="col" className={th}>Chain</th>
                <th scope="col" className={thNum}>{view.hideAmounts ? "Share of exposure" : "Value"}</th>
                <th scope="col" className={thNum}>Insured</th>
                <th scope="col" className={thNum}>Uninsured</th>
                <th scope="col" className={thNum}>Ratio</th>
              </tr>
            </thead>
            <tbody>
              {view.positions.map((p, i) => (
                <tr key={i} className="border-b border-[var(--border)] last:border-0">
                  <th scope="row" className={`${td} text-left font-medium`}>{p.label} <span className="font-normal text-[var(--muted)]">{p.asset}</span></th>
                  <td className={td}>{p.venue}</td>
                  <td className={td}>{p.chain}</td>
                  <td className={tdNum}>{formatAmount(p.value)}</td>
                  <td className={tdNum}>{formatAmount(p.insured)}</td>
                  <td className={tdNum}>{formatAmount(p.uninsured)}</td>
                  <td className={tdNum}>{formatRatio(p.ratio)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
    </section>
  );
}

/** The read-only page of a share link: a server component, so nothing but this markup reaches the browser. */
export function SharedPortfolio({ view }: { view: SharedPortfolioView }) {
  return (
    <div className={`mx-auto flex max-w-6xl flex-col gap-4 px-4 py-6 ${CHART_COLOR_VARS}`}>
      <header className="flex flex-col gap-1">
        <p className="text-sm text-[var(--muted)]">CoverDesk · shared read-only view</p>
        <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">{view.portfolioName}</h1>
        <p className="text-sm text-[var(--muted)]">
          Figures as of {formatDay(view.asOf)} (held covers only).
          {view.hideAmounts && " Amounts are hidden: every figure is a share of the total exposure."}
        </p>
      </header>
      <Totals view={view} />
      <section aria-labelledby="shared-breakdowns" className="flex flex-col gap-2">
        <h2 id="shared-breakdowns" className="text-lg font-semibold">Breakdowns</h2>
        <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
          {ORDER.map((k) => <Breakdown key={k} id={k} rows={view.breakdowns[k]} showUninsured={k !== "byProvider"} />)}
        </div>
      </section>
      <Positions view={view} />
      <footer className="text-xs text-[var(--muted)]">
        This page was shared by the portfolio&apos;s owner and can be revoked at any time. It shows the figures as they are today.
      </footer>
    </div>
  );
}

/** Shown instead of the portfolio when one address opens shared pages too often. */
export function SharedTooManyViews({ retryAfterSec }: { retryAfterSec: number }) {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-2 px-4 py-16">
      <h1 className="text-2xl font-semibold">Too many views</h1>
      <p>This address opened shared pages too often. Please try again in {Math.max(1, Math.ceil(retryAfterSec / 60))} minute(s).</p>
    </div>
  );
}
