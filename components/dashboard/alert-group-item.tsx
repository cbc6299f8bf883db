"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import type { TAlertGroup } from "@/lib/schemas/alert";
import { usePortfolioRole } from "@/components/portfolio-nav/portfolio-role";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { AcknowledgeForm } from "./acknowledge-form";
import { AlertItem, smallButton } from "./alert-item";
import { SEVERITY_STYLE } from "./severity-style";
import { useAfterHiding } from "./use-alert-refresh";

type Props = {
  group: TAlertGroup; portfolioId: string; asOf: string; today: string; includeAcknowledged: boolean; positionHref: (id: string) => string;
};

/** Alerts listed inside an opened row, each with its own acknowledgement; beyond them, the positions table. */
const OPENED_ROW_ALERTS = 50;

/** One row per kind of alert ("55 positions uninsured — $4.2M"): open it for the positions, or acknowledge them all. */
export function AlertGroupItem({ group, portfolioId, asOf, today, includeAcknowledged, positionHref }: Props) {
  const trpc = useTRPC();
  const listId = useId();
  const { canWrite } = usePortfolioRole(portfolioId);
  const [open, setOpen] = useState(false);
  const [acknowledging, setAcknowledging] = useState(false);
  const afterHiding = useAfterHiding(() => setAcknowledging(false));
  const acknowledgeAll = useMutation(trpc.alert.acknowledgeGroup.mutationOptions({ onSuccess: afterHiding }));
  // Opened, the row lists up to 50 of its alerts; until they arrive, the few it came with.
  const opened = useQuery(trpc.alert.list.queryOptions(
    { portfolioId, asOf, code: group.code, includeAcknowledged, perGroup: OPENED_ROW_ALERTS },
    { enabled: open && group.count > group.alerts.length, placeholderData: keepPreviousData },
  ));
  const shown = opened.data?.groups[0]?.alerts ?? group.alerts;
  const style = SEVERITY_STYLE[group.severity];
  const what = group.code === "provider_concentration" ? "providers" : "positions";
  const openCount = group.count - group.acknowledgedCount;
  const more = group.count - shown.length;
  const errors = formErrors(acknowledgeAll.error);

  return (
    <li className={`flex flex-col gap-2 rounded-md border border-l-4 border-[var(--border)] bg-[var(--card)] px-3 py-2 ${style.border}`}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-4">
        <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2 gap-y-0.5">
          <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>{style.label}</span>
          <h3 className="text-sm font-semibold">{group.title}</h3>
          {group.acknowledgedCount > 0 && <span className="text-sm text-[var(--muted)]">({group.acknowledgedCount} acknowledged)</span>}
        </div>
        {!acknowledging && (
          <div className="flex shrink-0 flex-wrap gap-2">
            <button type="button" className={smallButton} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
              {open ? `Hide ${what}` : `Show ${group.count} ${what}`}
            </button>
            {canWrite && openCount > 0 && (
              <button type="button" className={smallButton} onClick={() => setAcknowledging(true)} aria-label={`Acknowledge all: ${group.title}`}>
                Acknowledge all
              </button>
            )}
          </div>
        )}
      </div>
      {acknowledging && (
        <AcknowledgeForm label={`Acknowledge all: ${group.title}`} submitLabel={`Hide all ${openCount}`} today={today}
          pending={acknowledgeAll.isPending} error={errors.fields.until ?? errors.message}
          onSubmit={(until) => acknowledgeAll.mutate({ portfolioId, code: group.code, until, asOf })} onCancel={() => setAcknowledging(false)} />
      )}
      {open && (
        <div id={listId} className="flex flex-col gap-2">
          <ul className="flex flex-col gap-2" aria-label={`${group.title}: the most urgent first`}>
            {shown.map((a) => <AlertItem key={a.key} alert={a} today={today} positionHref={positionHref} nested />)}
          </ul>
          {more > 0 && (
            <p className="text-sm">
              And {more} more.{" "}
              {group.code !== "provider_concentration" && (
                <Link href={`/portfolios/${portfolioId}/positions?flag=${group.code}`}>See all {group.count} in the positions table</Link>
              )}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
