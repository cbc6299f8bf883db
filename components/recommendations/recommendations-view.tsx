"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PortfolioRoleProvider, ViewOnlyNote } from "@/components/portfolio-nav/portfolio-role";
import { QuoteList } from "@/components/quotes/quote-list";
import { SelectField } from "@/components/ui/field";
import type { TPriceBasis } from "@/lib/schemas/recommendation";
import { useTRPC } from "@/lib/trpc/client";
import { BudgetOptimizer } from "./budget-optimizer";
import { BuyersChecklist } from "./buyers-checklist";
import { SuggestionsSection } from "./suggestions-section";

function NoPortfolio() {
  return (
    <p className="rounded-lg border border-dashed border-[var(--border)] bg-[var(--card)] p-6">
      <strong>No portfolio yet.</strong> <Link href="/portfolios" className="underline">Create a portfolio</Link> and add the positions you hold;
      suggestions for every under-insured one appear here.
    </p>
  );
}

/** /recommendations: per-position suggestions and the budget optimizer for one portfolio, the checklist beside them. */
export function RecommendationsView({ portfolioId: wanted }: { portfolioId: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  const [priceBasis, setPriceBasis] = useState<TPriceBasis>("mid");

  if (portfolios.isError) return <p role="alert" className="rounded-lg border border-red-600 p-4">Your portfolios could not be loaded. Reload the page to try again.</p>;
  if (!portfolios.data) return <p role="status" className="text-[var(--muted)]">Loading your portfolios…</p>;
  if (portfolios.data.length === 0) return <NoPortfolio />;
  const current = portfolios.data.find((p) => p.id === wanted) ?? (wanted ? null : portfolios.data[0]!);
  if (!current) {
    return (
      <p className="rounded-lg border border-[var(--border)] bg-[var(--card)] p-6">
        This portfolio does not exist or is not yours. <Link href="/recommendations" className="underline">See your recommendations</Link>.
      </p>
    );
  }

  return (
    <PortfolioRoleProvider portfolioId={current.id}>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end gap-4">
          <div className="w-64 max-w-full">
            <SelectField label="Portfolio" value={current.id} onChange={(e) => router.push(`/recommendations?portfolio=${e.target.value}`)}>
              {portfolios.data.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </SelectField>
          </div>
          <div className="w-72 max-w-full">
            <SelectField label="Price published ranges at" value={priceBasis} onChange={(e) => setPriceBasis(e.target.value as TPriceBasis)}
              hint="Your valid quotes come first, whatever you choose.">
              <option value="low">the low end (cheapest case)</option>
              <option value="mid">the middle</option>
              <option value="high">the high end (safest for a budget)</option>
            </SelectField>
          </div>
          <nav aria-label="On this page" className="flex flex-wrap gap-3 pb-2 text-sm">
            <a href="#suggestions">Suggestions</a><a href="#optimizer">Budget optimizer</a><a href="#quotes-heading">Your quotes</a><a href="#checklist">Buyer&apos;s checklist</a>
          </nav>
        </div>
        {current.role === "viewer" && <ViewOnlyNote />}
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="flex min-w-0 flex-col gap-8">
            <SuggestionsSection key={`s-${current.id}`} portfolioId={current.id} priceBasis={priceBasis} />
            <BudgetOptimizer key={`o-${current.id}`} portfolioId={current.id} priceBasis={priceBasis} />
          </div>
          <div className="flex flex-col gap-6 lg:self-start">
            <QuoteList key={`q-${current.id}`} portfolioId={current.id} />
            <BuyersChecklist />
          </div>
        </div>
      </div>
    </PortfolioRoleProvider>
  );
}
