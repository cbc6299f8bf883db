"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { AllFacts } from "./all-facts";
import { KeyFacts } from "./key-facts";
import { ProviderProducts } from "./provider-products";
import { ScoreBreakdown } from "./score-breakdown";
import { StatusBadge } from "./status-badge";
import { STALENESS_RULE } from "./staleness";

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <Card aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="text-xl font-semibold">{title}</h2>
      {intro && <p className="text-sm text-[var(--muted)]">{intro}</p>}
      {children}
    </Card>
  );
}

export function ProviderView({ slug, today }: { slug: string; today: string }) {
  const trpc = useTRPC();
  const { data: p, error } = useQuery(trpc.provider.get.queryOptions({ slug }));
  if (error) {
    const missing = error.data?.code === "NOT_FOUND";
    return (
      <div className="flex flex-col gap-3">
        <FormMessage message={missing ? "There is no provider with this address in the catalog." : "This provider could not be loaded. Reload the page to try again."} />
        <Link href="/providers" className="underline">Back to all providers</Link>
      </div>
    );
  }
  if (!p) return <p role="status" className="text-[var(--muted)]">Loading provider…</p>;
  return (
    <div className="flex flex-col gap-5">
      <nav aria-label="Breadcrumb" className="text-sm"><Link href="/providers" className="underline">Providers</Link> <span aria-hidden="true">›</span> {p.name}</nav>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{p.name}</h1>
          <StatusBadge status={p.status} />
        </div>
        <p className="text-sm">
          Weighted score <strong className="tabular-nums">{p.score.total.toFixed(2)} / 10</strong> · rank {p.score.rank} of {p.score.rankOf}
          {" · "}<a href="#score" className="underline">how it is computed</a>
          {" · "}<Link href={`/providers?p=${p.slug}`} className="underline">Compare with others</Link>
        </p>
        <p className="text-xs text-[var(--muted)]">{STALENESS_RULE}</p>
      </header>
      <Section id="facts" title="Key facts" intro="The figures CoverDesk uses, each read from the researched fact named below it.">
        <KeyFacts provider={p} sources={p.sources} today={today} />
      </Section>
      <Section id="products" title={`Products (${p.productCount})`} intro={p.productCount > p.products.length
        ? `The provider's own ${p.products.length} products first, then its ${p.productCount - p.products.length} listings. Terms appear only where a fact states them; everything else is unknown.`
        : "Terms appear only where a fact states them; everything else is unknown."}>
        <ProviderProducts slug={p.slug} productCount={p.productCount} today={today} />
      </Section>
      <Section id="score" title="Score breakdown">
        <ScoreBreakdown score={p.score} today={today} />
      </Section>
      <Section id="all-facts" title="All researched facts" intro="As found, with the source and the date each was true. “Unknown” means researched but not found.">
        <AllFacts facts={p.facts} today={today} />
      </Section>
    </div>
  );
}
