"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/lib/trpc/client";
import { AcknowledgeForm } from "./acknowledge-form";
import type { DashboardAlert } from "./alerts";
import { formatDay } from "./format";
import { SEVERITY_STYLE } from "./severity-style";

const smallButton = "min-h-8 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60 dark:hover:bg-slate-800";

export function AlertItem({ alert, portfolioId, today, positionHref, acknowledged }: {
  alert: DashboardAlert; portfolioId: string; today: string; positionHref: (id: string) => string; acknowledged: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [acknowledging, setAcknowledging] = useState(false);
  const unacknowledge = useMutation(trpc.alert.unacknowledge.mutationOptions({
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alert.list.queryKey({ portfolioId }) }),
  }));
  const style = SEVERITY_STYLE[alert.severity];
  // A hidden alert takes its buttons with it: keyboard focus goes back to the list's heading.
  const finishAcknowledging = (hidden: boolean) => {
    setAcknowledging(false);
    if (hidden) document.getElementById("alerts-heading")?.focus();
  };
  const subject = alert.position ? ` (${alert.position.label})` : "";

  return (
    <li className={`flex flex-col gap-2 rounded-md border border-l-4 border-[var(--border)] bg-[var(--card)] px-3 py-2 ${style.border} ${acknowledged ? "opacity-80" : ""}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-4">
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
            <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>{style.label}</span>
            <h3 className="text-sm font-semibold">{alert.title}</h3>
            {alert.position
              ? <Link href={positionHref(alert.position.id)} className="text-sm">{alert.position.label}</Link>
              : <Link href="/providers" className="text-sm">Compare providers</Link>}
          </div>
          <p className="text-sm text-[var(--muted)]">{alert.detail}</p>
          {acknowledged && alert.acknowledgedUntil && (
            <p className="text-sm font-medium">Acknowledged: hidden until {formatDay(alert.acknowledgedUntil)}.</p>
          )}
        </div>
        {!acknowledging && (
          <div className="shrink-0">
            {acknowledged ? (
              <button type="button" className={smallButton} disabled={unacknowledge.isPending} onClick={() => unacknowledge.mutate({ key: alert.key })} aria-label={`Show again: ${alert.title}${subject}`}>
                Show again
              </button>
            ) : (
              <button type="button" className={smallButton} onClick={() => setAcknowledging(true)} aria-label={`Acknowledge: ${alert.title}${subject}`}>
                Acknowledge
              </button>
            )}
          </div>
        )}
      </div>
      {acknowledging && (
        <AcknowledgeForm alertKey={alert.key} alertTitle={alert.title} portfolioId={portfolioId} today={today} onDone={finishAcknowledging} />
      )}
    </li>
  );
}
