"use client";

import { useQuery } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/field";
import { formatUsd } from "@/lib/format/money";
import { useTRPC } from "@/lib/trpc/client";

/** What the portfolio holds now, so an import's effect is visible at once. */
export function PortfolioCounts({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const portfolio = useQuery(trpc.portfolio.get.queryOptions({ id: portfolioId }));
  if (portfolio.error) return <FormMessage message={portfolio.error.message} />;
  if (!portfolio.data) return <p className="text-sm text-[var(--muted)]" aria-live="polite">Loading the portfolio…</p>;
  const p = portfolio.data;
  return (
    <p className="text-sm" aria-live="polite" data-testid="portfolio-counts">
      This portfolio holds <strong>{p.positionCount.toLocaleString("en-US")} positions</strong> worth {formatUsd(p.totalValueUsd)} and{" "}
      <strong>{p.coverCount.toLocaleString("en-US")} covers</strong>.
      {p.positionCount === 0 && " Import a positions file first: covers link to positions by label."}
    </p>
  );
}
