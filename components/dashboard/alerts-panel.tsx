"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TSummary } from "@/lib/schemas/summary";
import { useTRPC } from "@/lib/trpc/client";
import { AlertItem } from "./alert-item";
import { buildAlerts, isAcknowledged, visibleAlerts } from "./alerts";

/** Enough to see what needs doing today without pushing the charts off the page. */
const FIRST_ALERTS = 6;

/** The portfolio's alerts, most urgent first; acknowledged ones stay out of the way until their date. */
export function AlertsPanel({ summary, today, positionHref }: { summary: TSummary; today: string; positionHref: (id: string) => string }) {
  const trpc = useTRPC();
  const portfolioId = summary.portfolio.id;
  const acks = useQuery(trpc.alert.list.queryOptions({ portfolioId }));
  const [showAcknowledged, setShowAcknowledged] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const alerts = buildAlerts(summary, acks.data ?? []);
  const acknowledgedCount = alerts.filter((a) => isAcknowledged(a, today)).length;
  const visible = acks.data ? visibleAlerts(alerts, today, showAcknowledged) : [];
  const shown = expanded ? visible : visible.slice(0, FIRST_ALERTS);

  return (
    <section aria-labelledby="alerts-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="alerts-heading" tabIndex={-1} className="text-lg font-semibold">
          Alerts {acks.data && <span className="font-normal text-[var(--muted)]">({alerts.length - acknowledgedCount} open)</span>}
        </h2>
        {acknowledgedCount > 0 && (
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" checked={showAcknowledged} onChange={(e) => setShowAcknowledged(e.target.checked)} className="h-4 w-4" />
            Show acknowledged ({acknowledgedCount})
          </label>
        )}
      </div>
      {acks.isPending && <p className="text-sm text-[var(--muted)]">Loading alerts…</p>}
      {acks.error && <p className="text-sm text-red-700 dark:text-red-400">Alerts could not be loaded. Reload the page to try again.</p>}
      {acks.data && alerts.length === 0 && (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          No alerts on this date: no cover is expiring or lapsed, and no position is uninsured, under-insured, over-insured or out of scope.
        </p>
      )}
      {acks.data && alerts.length > 0 && shown.length === 0 && (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          All {alerts.length} alerts are acknowledged. Tick “Show acknowledged” to review them.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label="Alerts, most urgent first">
          {shown.map((a) => (
            <AlertItem key={a.key} alert={a} portfolioId={portfolioId} today={today} positionHref={positionHref} acknowledged={isAcknowledged(a, today)} />
          ))}
        </ul>
      )}
      {visible.length > FIRST_ALERTS && (
        <button type="button" onClick={() => setExpanded(!expanded)} aria-expanded={expanded} className="self-start text-sm font-medium text-[var(--accent)] underline-offset-2 hover:underline">
          {expanded ? "Show the most urgent only" : `Show all ${visible.length} alerts`}
        </button>
      )}
    </section>
  );
}
