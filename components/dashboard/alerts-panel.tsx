"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { TAlertList } from "@/lib/schemas/alert";
import { useTRPC } from "@/lib/trpc/client";
import { AlertGroupItem } from "./alert-group-item";
import { AlertItem } from "./alert-item";

/** The portfolio's alerts grouped by kind, most urgent first; acknowledged ones stay out of the way until their date. */
export function AlertsPanel({ portfolioId, asOf, today, alerts, positionHref }: {
  portfolioId: string; asOf: string; today: string;
  /** The open alerts, from the dashboard's overview. */
  alerts: TAlertList;
  positionHref: (id: string) => string;
}) {
  const trpc = useTRPC();
  const [showAcknowledged, setShowAcknowledged] = useState(false);
  // Acknowledged ones are asked for only when the user wants them.
  const withAcknowledged = useQuery(trpc.alert.list.queryOptions(
    { portfolioId, asOf, includeAcknowledged: true, perGroup: alerts.groups[0]?.alerts.length ?? 3 },
    { enabled: showAcknowledged, placeholderData: (previous) => previous ?? alerts },
  ));
  const list = showAcknowledged ? withAcknowledged : { isPending: false, isError: false };
  const data = showAcknowledged ? withAcknowledged.data : alerts;

  return (
    <section aria-labelledby="alerts-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="alerts-heading" tabIndex={-1} className="text-lg font-semibold">
          Alerts {data && <span className="font-normal text-[var(--muted)]">({data.openCount} open)</span>}
        </h2>
        {data && (data.acknowledgedCount > 0 || showAcknowledged) && (
          <label className="flex min-h-10 items-center gap-2 text-sm">
            <input type="checkbox" checked={showAcknowledged} onChange={(e) => setShowAcknowledged(e.target.checked)} className="h-4 w-4" />
            Show acknowledged ({data.acknowledgedCount})
          </label>
        )}
      </div>
      {list.isPending && <p className="text-sm text-[var(--muted)]">Loading alerts…</p>}
      {list.isError && <p className="text-sm text-red-700 dark:text-red-400">Alerts could not be loaded. Reload the page to try again.</p>}
      {data && data.openCount + data.acknowledgedCount === 0 && (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          No alerts on this date: no cover is expiring or lapsed, and no position is uninsured, under-insured, over-insured or out of scope.
        </p>
      )}
      {data && data.openCount === 0 && data.acknowledgedCount > 0 && !showAcknowledged && (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          All {data.acknowledgedCount} alerts are acknowledged. Tick “Show acknowledged” to review them.
        </p>
      )}
      {data && data.groups.length > 0 && (
        <ul className="flex flex-col gap-2" aria-label="Alerts, most urgent first">
          {data.groups.map((g) => g.count === 1
            ? <AlertItem key={g.code} alert={g.alerts[0]!} today={today} positionHref={positionHref} />
            : <AlertGroupItem key={g.code} group={g} portfolioId={portfolioId} asOf={data.asOf} today={today} includeAcknowledged={showAcknowledged} positionHref={positionHref} />)}
        </ul>
      )}
    </section>
  );
}
