"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formatDay } from "@/lib/format/calendar";
import type { TAlertGroup } from "@/lib/schemas/alert";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { AcknowledgeForm } from "./acknowledge-form";
import { SEVERITY_STYLE } from "./severity-style";
import { useAfterHiding, useAlertRefresh } from "./use-alert-refresh";

type Alert = TAlertGroup["alerts"][number];

export const smallButton = "min-h-8 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60 dark:hover:bg-slate-800";

/** One alert, with its own acknowledgement; `nested` inside an expanded group (no badge, lighter frame). */
export function AlertItem({ alert, today, positionHref, nested = false }: {
  alert: Alert; today: string; positionHref: (id: string) => string; nested?: boolean;
}) {
  const trpc = useTRPC();
  const refresh = useAlertRefresh();
  // Acknowledgements are the team's: a viewer reads them but makes none.
  const { canWrite } = usePortfolioRole(alert.portfolioId);
  const [acknowledging, setAcknowledging] = useState(false);
  const afterHiding = useAfterHiding(() => setAcknowledging(false));
  const acknowledge = useMutation(trpc.alert.acknowledge.mutationOptions({ onSuccess: afterHiding }));
  const unacknowledge = useMutation(trpc.alert.unacknowledge.mutationOptions({ onSuccess: refresh }));
  const acknowledged = alert.acknowledgedUntil !== null && alert.acknowledgedUntil >= today;
  const style = SEVERITY_STYLE[alert.severity];
  const position = alert.positions[0];
  const subject = position ? ` (${position.label})` : "";
  const errors = formErrors(acknowledge.error);
  const Title = nested ? "h4" : "h3";

  return (
    <li className={`flex flex-col gap-2 rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 ${nested ? "" : `border-l-4 ${style.border}`} ${acknowledged ? "opacity-80" : ""}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-4">
        <div className="flex min-w-0 flex-1 flex-col gap-0.5">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
            {!nested && <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>{style.label}</span>}
            <Title className="text-sm font-semibold">{alert.title}</Title>
            {alert.code === "incident"
              ? <Link href={`/portfolios/${alert.portfolioId}/incidents`} className="text-sm">What to claim, by when</Link>
              : position
                ? <Link href={positionHref(position.id)} className="text-sm [overflow-wrap:anywhere]">{position.label}</Link>
                : <Link href="/providers" className="text-sm">Compare providers</Link>}
          </div>
          <p className="text-sm text-[var(--muted)]">{alert.detail}</p>
          {acknowledged && alert.acknowledgedUntil && (
            <p className="text-sm font-medium">Acknowledged: hidden until {formatDay(alert.acknowledgedUntil)}.</p>
          )}
        </div>
        {canWrite && !acknowledging && (
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
        <AcknowledgeForm label={`Acknowledge: ${alert.title}${subject}`} submitLabel="Hide alert" today={today}
          pending={acknowledge.isPending} error={errors.fields.until ?? errors.fields.key ?? errors.message}
          onSubmit={(until) => acknowledge.mutate({ key: alert.key, until })} onCancel={() => setAcknowledging(false)} />
      )}
    </li>
  );
}
