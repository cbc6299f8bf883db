"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { riskLabel } from "@/lib/format/calendar";
import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TGapRecommendation } from "@/lib/schemas/recommendation";
import { useTRPC } from "@/lib/trpc/client";
import { useAdvice } from "./advice-context";
import { riskTitle } from "./labels";
import { SuggestionCard } from "./suggestion-card";

type Props = { gap: TGapRecommendation; targetRatio: number; portfolioId: string; positionId: string; positionLabel: string };

function Excluded({ gap }: { gap: TGapRecommendation }) {
  if (gap.excluded.length === 0) return null;
  return (
    <details className="text-sm" open>
      <summary className="cursor-pointer">
        {gap.excluded.length} {riskLabel(gap.risk)} product{gap.excluded.length === 1 ? "" : "s"} left out, and why
      </summary>
      <ul className="mt-1 flex list-disc flex-col gap-0.5 pl-5">
        {gap.excluded.map((e) => (
          <li key={e.productId}>{e.providerName} · {e.productName}: {e.reasons.map((r) => r.text).join("; ")}</li>
        ))}
      </ul>
    </details>
  );
}

function NoProduct({ gap }: { gap: TGapRecommendation }) {
  return (
    <p className="rounded-md border border-dashed border-[var(--border)] p-3 text-sm">
      {gap.excludedTotal === 0
        ? `No product in the catalog insures ${riskLabel(gap.risk)} for this position: this gap stays open for now.`
        : "No product in the catalog fits this risk with your settings. Some may open if you change your region or KYC choice in Settings."}
    </p>
  );
}

/**
 * One risk below target: the gap in words, the ranked products, and on request every product and
 * why the others were left out (recommendation.forPosition, fetched only then).
 */
export function GapBlock({ gap: brief, targetRatio, portfolioId, positionId, positionLabel }: Props) {
  const trpc = useTRPC();
  const [expanded, setExpanded] = useState(false);
  const { priceBasis } = useAdvice();
  const full = useQuery(trpc.recommendation.forPosition.queryOptions({ positionId, priceBasis }, { enabled: expanded }));
  const gap = (expanded && full.data?.position.gaps.find((g) => g.risk === brief.risk)) || brief;
  const hidden = brief.suggestionsTotal - brief.suggestions.length;
  const more = hidden + brief.excludedTotal;
  const label = riskLabel(gap.risk);

  return (
    <div className="flex flex-col gap-2">
      <h4 className="font-semibold">{riskTitle(label)}</h4>
      <p className="text-sm">
        Insured <span className="tabular-nums">{formatUsd(gap.insuredUsd)}</span> of{" "}
        <span className="tabular-nums">{formatUsd(gap.exposureUsd)}</span> ({formatRatio(gap.ratio)}). To reach your{" "}
        {formatRatio(targetRatio)} target, buy <strong className="tabular-nums">{formatUsd(gap.gapUsd)}</strong>.
      </p>
      {gap.suggestionsTotal === 0 ? <NoProduct gap={gap} /> : (
        <ol className="flex flex-col gap-2" aria-label={`Products for ${label}, best first`}>
          {gap.suggestions.map((s) => (
            <SuggestionCard key={s.productId} suggestion={s} portfolioId={portfolioId} positionId={positionId} positionLabel={positionLabel} />
          ))}
        </ol>
      )}
      {more > 0 && (
        <button type="button" className="self-start text-left text-sm text-[var(--accent)] underline" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
          {expanded ? (brief.suggestions.length > 0 ? `Show the top ${brief.suggestions.length} only` : "Hide the products left out") : [
            hidden > 0 && `Show ${hidden} more product${hidden === 1 ? "" : "s"}`,
            brief.excludedTotal > 0 && `${brief.excludedTotal} ${label} product${brief.excludedTotal === 1 ? "" : "s"} left out, and why`,
          ].filter(Boolean).join(" · ")}
        </button>
      )}
      {expanded && full.isPending && <p role="status" className="text-sm text-[var(--muted)]">Loading every {label} product…</p>}
      {expanded && full.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">The full list could not be loaded. Try again.</p>}
      {expanded && <Excluded gap={gap} />}
    </div>
  );
}
