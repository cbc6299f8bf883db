import Link from "next/link";
import { usePortfolioRole, ViewOnlyNote } from "@/components/portfolio-nav/portfolio-role";

/** Same outline as the loaded page, so the figures do not jump in. */
export function DashboardSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <p className="text-sm text-[var(--muted)]" role="status">Loading your figures…</p>
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => <div key={i} className="h-24 animate-pulse rounded-lg border border-[var(--border)] bg-[var(--card)]" />)}
      </div>
      <div className="h-40 animate-pulse rounded-lg border border-[var(--border)] bg-[var(--card)]" aria-hidden="true" />
    </div>
  );
}

export function EmptyDashboard({ portfolioId }: { portfolioId: string }) {
  const base = `/portfolios/${portfolioId}`;
  const { canWrite } = usePortfolioRole(portfolioId);
  return (
    <section aria-labelledby="empty-heading" className="flex flex-col gap-3 rounded-lg border border-dashed border-[var(--border)] bg-[var(--card)] p-6">
      <h2 id="empty-heading" className="text-lg font-semibold">No positions yet</h2>
      <p>
        Add the positions you hold (protocol deposits, exchange balances, custody, wallets) and the covers on them,
        and this dashboard shows how much is insured, what expires soon and where the gaps are.
      </p>
      {!canWrite && <ViewOnlyNote />}
      {canWrite && <div className="flex flex-wrap gap-3">
        <Link href={`${base}/positions`} className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white! no-underline hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950! dark:hover:bg-blue-400">
          Add positions and covers
        </Link>
        <Link href={`${base}/import`} className="inline-flex min-h-10 items-center rounded-md border border-[var(--border)] px-4 py-2 text-sm font-medium text-[var(--fg)]! no-underline">
          Import a CSV
        </Link>
      </div>}
    </section>
  );
}

export function DashboardError({ notFound, onRetry }: { notFound: boolean; onRetry: () => void }) {
  if (notFound) {
    return (
      <p className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-6">
        This portfolio does not exist or is not yours. <Link href="/portfolios" className="underline">See your portfolios</Link>.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-red-600 p-4 text-red-800 dark:text-red-300">
      <p>The figures could not be loaded.</p>
      <button type="button" onClick={onRetry} className="min-h-10 rounded-md border border-current px-3 text-sm">Try again</button>
    </div>
  );
}
