"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { WEIGHT_KEYS } from "@/lib/schemas/values";
import { useTRPC } from "@/lib/trpc/client";
import { compareHref, parseSlugList } from "./catalog-url";
import { CompareEmpty } from "./compare-empty";
import { CompareTable } from "./compare-table";
import { WEIGHTS_SOURCE_LABELS } from "./labels";
import { MethodologyPanel } from "./methodology-panel";
import { RadarCard } from "./radar-card";
import { RankingList } from "./ranking-list";
import { useCompareWeights } from "./use-compare-weights";
import { WeightSliders } from "./weight-sliders";

/** 2–4 providers side by side; the server scores and ranks them with the weights on the sliders. */
export function CompareView({ signedIn, today }: { signedIn: boolean; today: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const slugs = parseSlugList(useSearchParams().get("p"));
  const w = useCompareWeights(signedIn);
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const query = useQuery({
    ...trpc.provider.compare.queryOptions({ slugs, ...(w.queryWeights && { weights: w.queryWeights }) }),
    enabled: slugs.length >= 2,
    placeholderData: keepPreviousData,
  });
  const remove = (slug: string) => router.replace(compareHref(slugs.filter((s) => s !== slug)), { scroll: false });

  if (slugs.length < 2) return <CompareEmpty slugs={slugs} />;
  if (query.error) {
    const missing = query.error.data?.code === "NOT_FOUND";
    return (
      <div className="flex flex-col gap-3">
        <FormMessage message={missing ? `${query.error.message}: one of these providers is not in the catalog.` : "The comparison could not be loaded. Reload the page to try again."} />
        <Link href="/providers" className="underline">Choose providers in the catalog</Link>
      </div>
    );
  }
  const data = query.data;
  if (!data) return <p role="status" className="text-[var(--muted)]">Loading the comparison…</p>;
  const weights = w.weights ?? data.weights;
  const isDefault = WEIGHT_KEYS.every((k) => weights[k] === data.defaultWeights[k]);
  const weightsLabel = WEIGHTS_SOURCE_LABELS[data.weightsSource];

  return (
    <div className="flex flex-col gap-5">
      <p className="text-sm">
        Ranked by the weighted score with {weightsLabel}. <Link href={`/providers?p=${slugs.join(",")}`} className="underline">Add or change providers</Link>
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card className="flex flex-col gap-4">
          <RankingList providers={data.providers} updating={query.isPlaceholderData || query.isFetching} />
          <WeightSliders weights={weights} methodology={data.methodology} isDefault={isDefault} invalid={w.invalid}
            onChange={(key, value) => w.setWeight(key, value, data.weights)} onReset={() => w.reset(data.defaultWeights)}
            signedIn={signedIn} saveState={w.saveState} returnTo={compareHref(slugs)} />
        </Card>
        <Card><RadarCard providers={data.providers} order={slugs} /></Card>
      </div>
      <section aria-labelledby="table-heading" className="flex flex-col gap-2">
        <h2 id="table-heading" className="text-xl font-semibold">Side by side</h2>
        <p className="text-sm text-[var(--muted)]">Tinted rows differ between providers. Each fact links to its source; “Stale” means older than 18 months or undated.</p>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={onlyDiffering} onChange={(e) => setOnlyDiffering(e.target.checked)} />
          Only rows that differ
        </label>
        <CompareTable providers={data.providers} today={today} onRemove={remove} canRemove={slugs.length > 2} onlyDiffering={onlyDiffering} />
      </section>
      <Card>
        <MethodologyPanel methodology={data.methodology} providers={data.providers} weights={data.weights} weightsLabel={weightsLabel} />
      </Card>
    </div>
  );
}
