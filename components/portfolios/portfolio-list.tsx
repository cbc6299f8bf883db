"use client";

import { useQuery } from "@tanstack/react-query";
import { FormMessage } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { CreatePortfolioForm } from "./create-portfolio-form";
import { PortfolioRow } from "./portfolio-row";

export function PortfolioList() {
  const trpc = useTRPC();
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  return (
    <div className="flex flex-col gap-6">
      <CreatePortfolioForm />
      {portfolios.isPending && <p aria-live="polite">Loading your portfolios…</p>}
      {portfolios.error && <FormMessage message="Your portfolios could not be loaded. Reload the page to try again." />}
      {portfolios.data?.length === 0 && (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-6 text-center text-[var(--muted)]">
          No portfolios yet. Create one above, then add your positions and the covers you hold.
        </p>
      )}
      {portfolios.data && portfolios.data.length > 0 && (
        <ul className="flex flex-col gap-3" aria-label="Your portfolios">
          {portfolios.data.map((p) => <PortfolioRow key={p.id} portfolio={p} />)}
        </ul>
      )}
    </div>
  );
}
