"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatDay } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TQuote } from "@/lib/schemas/quote";
import { useTRPC } from "@/lib/trpc/client";

function Status({ q }: { q: TQuote }) {
  if (q.status === "expired") return <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-800 dark:bg-slate-700 dark:text-slate-100">expired {formatDay(q.validThrough)} · not used</span>;
  if (q.status === "future") return <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-800 dark:bg-slate-700 dark:text-slate-100">dated after today · not used yet</span>;
  if (q.superseded) return <span className="rounded bg-slate-200 px-1.5 text-xs text-slate-800 dark:bg-slate-700 dark:text-slate-100">a newer quote is used</span>;
  return <span className="rounded bg-teal-100 px-1.5 text-xs text-teal-900 dark:bg-teal-950 dark:text-teal-100">in use until {formatDay(q.validThrough)}</span>;
}

/** The portfolio's recorded quotes, newest first: which one prices each product, which expired; delete. */
export function QuoteList({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const quotes = useQuery(trpc.quote.list.queryOptions({ portfolioId }));
  const { canWrite } = usePortfolioRole(portfolioId);
  const remove = useMutation(trpc.quote.delete.mutationOptions({
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.quote.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.recommendation.pathKey() }),
    ]),
  }));

  return (
    <section aria-labelledby="quotes-heading" className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="quotes-heading" className="text-lg font-semibold">Your quotes</h2>
      {quotes.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">Your quotes could not be loaded.</p>}
      {quotes.data?.length === 0 && (
        <p className="text-sm text-[var(--muted)]">None yet. Use “I got a quote” on a suggestion: a quote you record prices that product instead of the catalog&apos;s range.</p>
      )}
      {quotes.data && quotes.data.length > 0 && (
        <ul className="flex flex-col gap-2 text-sm">
          {quotes.data.map((q) => (
            <li key={q.id} className="flex flex-col gap-0.5 border-b border-[var(--border)] pb-2 last:border-0">
              <span className="font-medium [overflow-wrap:anywhere]">{q.providerName} · {q.productName}</span>
              <span>
                <strong className="tabular-nums">{q.ratePct} %</strong>/yr, quoted {formatDay(q.quotedAt)}
                {q.amountUsd && <> for {formatUsd(q.amountUsd)}</>} <Status q={q} />
              </span>
              {q.note && <span className="text-[var(--muted)] [overflow-wrap:anywhere]">{q.note}</span>}
              <span className="flex flex-wrap gap-3">
                {q.url && <a href={q.url} target="_blank" rel="noreferrer noopener" className="underline">Open the quote</a>}
                {canWrite && (
                  <button type="button" className="text-red-700 underline dark:text-red-400" disabled={remove.isPending}
                    onClick={() => remove.mutate({ id: q.id })} aria-label={`Delete the quote for ${q.productName} of ${formatDay(q.quotedAt)}`}>
                    Delete
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
