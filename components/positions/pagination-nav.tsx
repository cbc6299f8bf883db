import type { PageOf } from "./table-model";

const count = new Intl.NumberFormat("en-US");
const buttonClass = "min-h-10 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:hover:bg-slate-800";

type PaginationNavProps = { label: string; view: Omit<PageOf<unknown>, "rows">; onPage: (page: number) => void };

export function PaginationNav({ label, view, onPage }: PaginationNavProps) {
  if (view.pageCount <= 1) return null;
  const go = (page: number) => () => onPage(page);
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-2">
      <p className="text-sm text-[var(--muted)]">Page {view.page} of {view.pageCount}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={go(1)} disabled={view.page === 1}>First</button>
        <button type="button" className={buttonClass} onClick={go(view.page - 1)} disabled={view.page === 1}>Previous</button>
        <button type="button" className={buttonClass} onClick={go(view.page + 1)} disabled={view.page === view.pageCount}>Next</button>
        <button type="button" className={buttonClass} onClick={go(view.pageCount)} disabled={view.page === view.pageCount}>Last</button>
      </div>
    </nav>
  );
}

export function formatCount(n: number): string {
  return count.format(n);
}
