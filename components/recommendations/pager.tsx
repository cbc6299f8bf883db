import { pageView } from "./filter-model";

const button = "min-h-10 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 text-sm disabled:cursor-not-allowed disabled:opacity-50";

type Props = { page: { offset: number; limit: number; total: number }; onOffset: (offset: number) => void; busy: boolean };

export function Pager({ page, onOffset, busy }: Props) {
  const v = pageView(page);
  return (
    <nav aria-label="Pages of positions" className="flex flex-wrap items-center justify-between gap-2">
      <p role="status" className="text-sm text-[var(--muted)]">
        {v.total === 0 ? "No position matches." : `Positions ${v.from}–${v.to} of ${v.total}`}{busy ? " · loading…" : ""}
      </p>
      {(v.hasPrevious || v.hasNext) && (
        <div className="flex gap-2">
          <button type="button" className={button} disabled={!v.hasPrevious || busy} onClick={() => onOffset(Math.max(0, page.offset - page.limit))}>Previous</button>
          <button type="button" className={button} disabled={!v.hasNext || busy} onClick={() => onOffset(page.offset + page.limit)}>Next</button>
        </div>
      )}
    </nav>
  );
}
