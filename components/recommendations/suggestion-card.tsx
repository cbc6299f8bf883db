"use client";

import { useState } from "react";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { QuoteForm } from "@/components/quotes/quote-form";
import { Button } from "@/components/ui/button";
import { formatUsd } from "@/lib/format/money";
import type { TSuggestion } from "@/lib/schemas/recommendation";
import { useAdvice } from "./advice-context";
import { formatErrorMessage } from "./error-text";
import { premiumPctLabel } from "./labels";
import { ownWarnings } from "./shared-warnings";
import { useApplySuggestions } from "./use-apply";

type Props = { suggestion: TSuggestion; portfolioId: string; positionId: string; positionLabel: string };

function Cost({ s }: { s: TSuggestion }) {
  if (s.price === null || s.annualCostUsd === null) {
    return <p className="text-sm">Premium: <strong>quote only</strong> (no published rate). Ask the provider, then record the quote.</p>;
  }
  const range = premiumPctLabel(s.premiumLowPct, s.premiumHighPct);
  const spread = s.price.source === "range" && s.annualCostLowUsd !== null && s.annualCostHighUsd !== null
    ? ` (${range}: ${formatUsd(s.annualCostLowUsd)} – ${formatUsd(s.annualCostHighUsd)})` : "";
  return (
    <p className="text-sm">
      About <strong className="tabular-nums">{formatUsd(s.annualCostUsd)}</strong> a year
      {s.periodDays !== 365 && s.periodCostUsd !== null && <> · <span className="tabular-nums">{formatUsd(s.periodCostUsd)}</span> for {s.periodDays} days</>}
      {" "}<span className="text-[var(--muted)]">at {s.price.label}{spread}</span>
    </p>
  );
}

/** The value guard (DESIGN §10): premium per dollar of expected loss covered, and poor value above the user's limit. */
function Value({ s }: { s: TSuggestion }) {
  if (!s.value) return null;
  return s.value.poorValue ? (
    <p className="text-sm">
      <span className="mr-1.5 rounded bg-orange-100 px-1.5 py-0.5 text-xs font-semibold text-orange-900 dark:bg-orange-950 dark:text-orange-200">Poor value</span>{" "}
      {s.value.text}
    </p>
  ) : (
    <p className="text-sm text-[var(--muted)]">{s.value.text}</p>
  );
}

/** One product for one gap: how much, what it costs at which price, whether it is worth it, why, what to watch; a quote; apply as a draft. */
export function SuggestionCard({ suggestion: s, portfolioId, positionId, positionLabel }: Props) {
  const apply = useApplySuggestions();
  const { priceBasis, sharedWarnings } = useAdvice();
  const [quoting, setQuoting] = useState(false);
  const { canWrite } = usePortfolioRole(portfolioId);
  const name = `${s.providerName} ${s.productName}`;
  const warnings = ownWarnings(s.warnings, sharedWarnings);
  const onApply = () => apply.mutate({
    portfolioId, priceBasis, items: [{ positionId, productId: s.productId, amountUsd: s.amountUsd, periodDays: s.periodDays }],
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
      <Value s={s} />
      <ul aria-label={`Why ${name}`} className="flex flex-wrap gap-1.5 text-xs">
        {s.reasons.map((r) => (
          <li key={r} className="rounded bg-teal-50 px-1.5 py-0.5 text-teal-900 dark:bg-teal-950 dark:text-teal-100">{r}</li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <ul aria-label={`Check before buying ${name}`} className="flex flex-col gap-1 text-sm">
          {warnings.map((w) => (
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
      {quoting && <QuoteForm portfolioId={portfolioId} productId={s.productId} productLabel={name} onDone={() => setQuoting(false)} />}
      <div className="flex flex-wrap items-center gap-3">
        {s.draftId ? (
          <p className="text-sm font-medium text-teal-800 dark:text-teal-300">✓ Drafted on this position (see drafts above)</p>
        ) : canWrite && (
          <Button variant="secondary" onClick={onApply} disabled={apply.isPending} aria-label={`Apply as draft: ${name} on ${positionLabel}`}>
            {apply.isPending ? "Adding draft…" : "Apply as draft"}
          </Button>
        )}
        {canWrite && !quoting && (
          <Button variant="ghost" onClick={() => setQuoting(true)} aria-label={`I got a quote for ${name}`}>I got a quote</Button>
        )}
        {apply.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{formatErrorMessage(apply.error)}</p>}
      </div>
    </li>
  );
}
