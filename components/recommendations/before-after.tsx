"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { riskLabel } from "@/lib/format/calendar";
import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TSummary } from "@/lib/schemas/summary";
import { useTRPC } from "@/lib/trpc/client";

type Props = { positionId: string; portfolioId?: string; headingLevel?: "h2" | "h4" };

function Table({ before, after, label }: { before: TSummary["positions"][number]; after: TSummary["positions"][number]; label: string }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Before and after drafts, ${label}`}>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="border-b border-[var(--border)] text-left">
            <th scope="col" className="py-1 pr-3 font-medium">Risk</th>
            <th scope="col" className="whitespace-nowrap py-1 pr-3 text-right font-medium">Insured now</th>
            <th scope="col" className="whitespace-nowrap py-1 pr-3 text-right font-medium">With drafts</th>
            <th scope="col" className="whitespace-nowrap py-1 text-right font-medium">Still uninsured</th>
          </tr>
        </thead>
        <tbody>
          {after.risks.map((r, i) => {
            const was = before.risks[i];
            return (
              <tr key={r.risk} className="border-b border-[var(--border)] last:border-0">
                <th scope="row" className="py-1 pr-3 text-left font-normal">{riskLabel(r.risk)}</th>
                <td className="whitespace-nowrap py-1 pr-3 text-right tabular-nums">{formatUsd(was?.insuredUsd)}</td>
                <td className="whitespace-nowrap py-1 pr-3 text-right font-semibold tabular-nums">{formatUsd(r.insuredUsd)}</td>
                <td className="whitespace-nowrap py-1 text-right tabular-nums">{formatUsd(r.uninsuredUsd)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * "Before → after" for one position: held covers only vs held plus drafts (portfolio.summary with
 * includeDrafts), both from the sizing module; nothing is computed here.
 */
export function BeforeAfter({ positionId, portfolioId: given, headingLevel = "h2" }: Props) {
  const trpc = useTRPC();
  const position = useQuery(trpc.position.get.queryOptions({ id: positionId }, { enabled: !given }));
  const portfolioId = given ?? position.data?.portfolioId ?? "";
  const enabled = portfolioId !== "";
  const held = useQuery(trpc.portfolio.summary.queryOptions({ portfolioId }, { enabled }));
  const whatIf = useQuery(trpc.portfolio.summary.queryOptions({ portfolioId, includeDrafts: true }, { enabled }));
  const Heading = headingLevel;
  const headingClass = headingLevel === "h2" ? "text-lg font-semibold" : "font-semibold";

  if (held.isError || whatIf.isError || position.isError) return null;
  if (!held.data || !whatIf.data) return <p role="status" className="text-sm text-[var(--muted)]">Loading the before → after preview…</p>;
  const before = held.data.positions.find((p) => p.id === positionId);
  const after = whatIf.data.positions.find((p) => p.id === positionId);
  if (!before || !after || after.risks.length === 0) return null;
  const drafts = whatIf.data.covers.filter((c) => c.status === "draft" && c.positionIds.includes(positionId));

  return (
    <section aria-label={`Before and after drafts: ${before.label}`} className="flex flex-col gap-2">
      <Heading className={headingClass}>Before → after your drafts</Heading>
      {drafts.length === 0 ? (
        <p className="text-sm">
          No draft cover on this position yet. <Link href={`/recommendations?portfolio=${portfolioId}`} className="underline">See suggestions</Link> and
          apply one as a draft to preview what it would change.
        </p>
      ) : (
        <>
          <p className="text-sm">
            Insured <strong className="tabular-nums">{formatUsd(before.insuredUsd)}</strong> ({formatRatio(before.ratio)}) →{" "}
            <strong className="tabular-nums">{formatUsd(after.insuredUsd)}</strong> ({formatRatio(after.ratio)}) with{" "}
            {drafts.length === 1 ? "1 draft" : `${drafts.length} drafts`}, main risk, target {formatRatio(whatIf.data.targetRatio)}.
          </p>
          <Table before={before} after={after} label={before.label} />
          {headingLevel === "h2" && (
            <p className="text-sm">
              Bought one? <Link href={`/recommendations?portfolio=${portfolioId}`} className="underline">Mark it as held or discard drafts on Recommendations</Link>.
            </p>
          )}
        </>
      )}
    </section>
  );
}
