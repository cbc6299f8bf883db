"use client";

import { formatErrorMessage } from "./error-text";
import { formatUsd } from "@/lib/format/money";
import type { TSuggestion } from "@/lib/schemas/recommendation";
import { Button } from "@/components/ui/button";
import { premiumPctLabel } from "./labels";
import { useApplySuggestions } from "./use-apply";

type Props = { suggestion: TSuggestion; portfolioId: string; positionId: string; positionLabel: string };

function Cost({ s }: { s: TSuggestion }) {
  const pct = premiumPctLabel(s.premiumLowPct, s.premiumHighPct);
  if (pct === null || s.annualCostLowUsd === null || s.annualCostHighUsd === null) {
    return <p className="text-sm">Premium: <strong>quote only</strong> (no published rate)</p>;
  }
  const annual = s.annualCostLowUsd === s.annualCostHighUsd
    ? formatUsd(s.annualCostLowUsd)
    : `${formatUsd(s.annualCostLowUsd)} – ${formatUsd(s.annualCostHighUsd)}`;
  const period = s.periodDays !== 365 && s.periodCostLowUsd !== null && s.periodCostHighUsd !== null
    ? ` · ${formatUsd(s.periodCostLowUsd)} – ${formatUsd(s.periodCostHighUsd)} for ${s.periodDays} days`
    : "";
  return (
    <p className="text-sm">
      About <strong className="tabular-nums">{annual}</strong> a year at {pct}{period}
      {s.premiumSource === "provider" && (
        <span className="text-[var(--muted)]"> — {s.providerName}&apos;s published range; the product has no rate of its own</span>
      )}
    </p>
  );
}

/** One product for one gap: how much, what it costs, why it fits, what to watch; apply as a draft. */
export function SuggestionCard({ suggestion: s, portfolioId, positionId, positionLabel }: Props) {
  const apply = useApplySuggestions();
  const name = `${s.providerName} ${s.productName}`;
  const onApply = () => apply.mutate({
    portfolioId, items: [{ positionId, productId: s.productId, amountUsd: s.amountUsd, periodDays: s.periodDays }],
  });
  return (
    <li className="flex flex-col gap-2 rounded-md border border-[var(--border)] p-3">
      <h5 className="font-semibold [overflow-wrap:anywhere]">
        <span className="mr-1 text-[var(--muted)]">#{s.rank}</span>{s.providerName} · {s.productName}
      </h5>
      <p className="text-sm">
        Buy <strong className="tabular-nums">{formatUsd(s.amountUsd)}</strong> of cover
        {s.partial && <span> (its capacity covers only part of the gap)</span>}
      </p>
      <Cost s={s} />
      <ul aria-label={`Why ${name}`} className="flex flex-wrap gap-1.5 text-xs">
        {s.reasons.map((r) => (
          <li key={r} className="rounded bg-teal-50 px-1.5 py-0.5 text-teal-900 dark:bg-teal-950 dark:text-teal-100">{r}</li>
        ))}
      </ul>
      {s.warnings.length > 0 && (
        <ul aria-label={`Check before buying ${name}`} className="flex flex-col gap-1 text-sm">
          {s.warnings.map((w) => (
            <li key={w.code} className="flex gap-1.5">
              <span aria-hidden="true" className="text-amber-700 dark:text-amber-400">⚠</span>
              <span>{w.text} <a href={`#check-${w.checklistId}`} className="text-xs underline">(checklist)</a></span>
            </li>
          ))}
        </ul>
      )}
      {s.source && (
        <p className="text-xs text-[var(--muted)]">
          Product facts: <a href={s.source} target="_blank" rel="noreferrer" className="underline">source</a>
          {s.sourceAsOf && (/^\d{4}-\d{2}/.test(s.sourceAsOf) ? `, as of ${s.sourceAsOf}` : ` — ${s.sourceAsOf}`)}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {s.draftId ? (
          <p className="text-sm font-medium text-teal-800 dark:text-teal-300">✓ Drafted on this position (see drafts above)</p>
        ) : (
          <Button variant="secondary" onClick={onApply} disabled={apply.isPending} aria-label={`Apply as draft: ${name} on ${positionLabel}`}>
            {apply.isPending ? "Adding draft…" : "Apply as draft"}
          </Button>
        )}
        {apply.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formatErrorMessage(apply.error)}</p>}
      </div>
    </li>
  );
}
