"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { COVERAGE_LABELS } from "@/components/covers/coverage-labels";
import { chainName } from "@/lib/chains";
import { formatDay, relativeDays } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TIncidentImpact } from "@/lib/schemas/incident";
import { useTRPC } from "@/lib/trpc/client";

type Impact = TIncidentImpact["incidents"][number];
type ImpactCover = Impact["positions"][number]["covers"][number];

function Deadline({ cover: c, asOf }: { cover: ImpactCover; asOf: string }) {
  if (c.lastDayToFile === null) return <span>Last day to file: <strong>unknown</strong> (the claim window is not on record: ask the provider now)</span>;
  const passed = (c.daysLeft ?? 0) < 0;
  return (
    <span className={passed ? "text-red-800 dark:text-red-300" : ""}>
      Last day to file: <strong>{formatDay(c.lastDayToFile)}</strong> ({relativeDays(asOf, c.lastDayToFile)}{passed ? ", passed" : ""})
    </span>
  );
}

function IncidentImpact({ impact: { incident: i, positions }, asOf }: { impact: Impact; asOf: string }) {
  return (
    <article aria-labelledby={`impact-${i.id}`} className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <header className="flex flex-col gap-1">
        <h2 id={`impact-${i.id}`} className="text-lg font-semibold [overflow-wrap:anywhere]">
          {i.venueCatalogName ?? i.venueName}: {COVERAGE_LABELS[i.kind].toLowerCase()} on {formatDay(i.date)}
        </h2>
        <p className="text-sm text-[var(--muted)]">
          {i.chains.length > 0 ? i.chains.map(chainName).join(", ") : "chains not stated"} · loss {i.lossUsd !== null ? formatUsd(i.lossUsd) : i.lossText ?? "unknown"}
          {i.rootCause && <> · {i.rootCause}</>} · source {i.source.url ? <a href={i.source.url} target="_blank" rel="noreferrer noopener" className="underline">{i.source.label}</a> : i.source.label}
        </p>
      </header>
      {positions.map((p) => (
        <section key={p.positionId} aria-label={`${p.label} on ${formatDay(i.date)}`} className="flex flex-col gap-2 border-t border-[var(--border)] pt-3">
          <h3 className="font-semibold"><Link href={`/positions/${p.positionId}?asOf=${i.date}`} className="underline">{p.label}</Link> ({chainName(p.chain)})</h3>
          <p className="text-sm">
            On the incident day: exposure <span className="tabular-nums">{formatUsd(p.exposureUsd)}</span>, insured{" "}
            <strong className="tabular-nums">{formatUsd(p.insuredUsd)}</strong>, uninsured <strong className="tabular-nums">{formatUsd(p.uninsuredUsd)}</strong>.
          </p>
          {p.covers.length === 0 ? (
            <p className="text-sm">No cover counted for this risk that day: there is nothing to claim.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {p.covers.map((c) => (
                <li key={c.coverId} className="flex flex-col gap-1 rounded-md border border-[var(--border)] p-3 text-sm">
                  <span className="font-medium">{c.providerName ? `${c.providerName} · ` : ""}{c.name} — pays <span className="tabular-nums">{formatUsd(c.paysUsd)}</span> of <span className="tabular-nums">{formatUsd(c.amountUsd)}</span></span>
                  <Deadline cover={c} asOf={asOf} />
                  <span className="text-[var(--muted)]">Cover {c.expiresAt <= asOf ? "ended" : "ends"} {formatDay(c.expiresAt)}{c.claimWindowDays !== null && <>; {c.claimWindowDays} days to claim after it ends</>}.</span>
                  <details>
                    <summary className="cursor-pointer text-[var(--accent)]">What to gather for the claim</summary>
                    <ul className="mt-1 list-disc pl-5">{c.evidence.map((e) => <li key={e}>{e}</li>)}</ul>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

/** The incidents of the last days that hit this portfolio: what each did that day and the last day to claim. */
export function PortfolioIncidents({ portfolioId, asOf, lookbackDays }: { portfolioId: string; asOf?: string; lookbackDays?: number }) {
  const trpc = useTRPC();
  const impact = useQuery(trpc.incident.forPortfolio.queryOptions({ portfolioId, asOf, lookbackDays }));
  if (impact.isError) {
    const missing = impact.error.data?.code === "NOT_FOUND";
    return <p role="alert" className="rounded-lg border border-red-600 p-4">{missing ? "This portfolio does not exist, or it is not yours." : "Incidents could not be loaded. Reload the page to try again."}</p>;
  }
  if (!impact.data) return <p role="status" className="text-[var(--muted)]">Checking the incidents on your venues…</p>;
  const d = impact.data;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-[var(--muted)]">
        Incidents in the {d.lookbackDays.toLocaleString("en-US")} days to {formatDay(d.asOf)} on the venues, chains and risks of your positions.
        Amounts are as on the incident day. <Link href="/incidents" className="underline">All incidents</Link>
      </p>
      {d.incidents.length === 0 ? (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4">No known incident hit your positions in this period.</p>
      ) : d.incidents.map((i) => <IncidentImpact key={i.incident.id} impact={i} asOf={d.asOf} />)}
    </div>
  );
}
