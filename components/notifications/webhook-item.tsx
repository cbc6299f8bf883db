"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { ConfirmDelete } from "@/components/positions/confirm-delete";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { WEBHOOK_EVENT_LABELS, type TWebhookEventType } from "@/lib/schemas/notification-values";
import { useTRPC } from "@/lib/trpc/client";
import { formErrors } from "@/lib/trpc/errors";
import { DeliveryLog } from "./delivery-log";
import { DeliveryStatus } from "./delivery-status";
import { formatWhen } from "./notification-model";
import type { Webhook, WebhookDelivery } from "./types";

const eventLabel = (e: string) => WEBHOOK_EVENT_LABELS[e as TWebhookEventType] ?? e;

function TestResult({ delivery }: { delivery: WebhookDelivery }) {
  if (delivery.status === "succeeded") {
    return <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Test delivered: your endpoint answered HTTP {delivery.lastStatusCode}.</p>;
  }
  const why = [delivery.lastStatusCode !== null ? `HTTP ${delivery.lastStatusCode}` : null, delivery.lastError].filter(Boolean).join(": ");
  return <p role="alert" className="text-sm text-red-700 dark:text-red-400">Test not delivered{why ? ` (${why})` : ""}.</p>;
}

/** One endpoint: what it receives, how its last delivery went, a test, its log, and delete. */
export function WebhookItem({ hook, afterDeleteFocusId }: { hook: Webhook; afterDeleteFocusId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const logId = useId();
  const [showLog, setShowLog] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.webhook.pathKey() });
  const test = useMutation(trpc.webhook.test.mutationOptions({ onSettled: refresh }));
  // Not awaited: the confirmation must close (and pick where focus goes) before the refetched list drops this item.
  const remove = useMutation(trpc.webhook.delete.mutationOptions({ onSuccess: () => void refresh() }));
  const last = hook.lastDelivery;
  return (
    <li className="flex flex-col gap-2 rounded-md border border-[var(--border)] p-3" aria-labelledby={headingId}>
      <h3 id={headingId} className="break-all font-mono text-sm font-semibold">{hook.url}</h3>
      <ul className="flex flex-col text-sm" aria-label="Events">
        {hook.events.map((e) => <li key={e}>{eventLabel(e)}</li>)}
      </ul>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-[var(--muted)]">Last delivery:</span>
        {last ? (
          <>
            <DeliveryStatus status={last.status} code={last.lastStatusCode} />
            <span className="text-xs text-[var(--muted)]">{formatWhen(last.at)}</span>
            {last.lastError && <span className="break-words text-xs">{last.lastError}</span>}
          </>
        ) : <span>none yet</span>}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={test.isPending} aria-describedby={headingId} onClick={() => test.mutate({ id: hook.id })}>
          {test.isPending ? "Sending…" : "Send a test"}
        </Button>
        <Button type="button" variant="secondary" aria-expanded={showLog} aria-controls={logId} aria-describedby={headingId} onClick={() => setShowLog((v) => !v)}>
          {showLog ? "Hide delivery log" : "Delivery log"}
        </Button>
        <Button type="button" variant="ghost" className="text-red-700 dark:text-red-400" aria-describedby={headingId} onClick={() => setConfirming(true)}>Delete</Button>
      </div>
      {test.data && <TestResult delivery={test.data} />}
      <FormMessage message={test.error ? formErrors(test.error).message : null} />
      {showLog ? <DeliveryLog webhookId={hook.id} id={logId} /> : <div id={logId} hidden />}
      {confirming && (
        <ConfirmDelete title="Delete this webhook?" confirmLabel="Delete webhook" afterDeleteFocusId={afterDeleteFocusId}
          onClose={() => setConfirming(false)} onDelete={() => remove.mutateAsync({ id: hook.id })}>
          <p>
            <span className="break-all font-mono">{hook.url}</span> stops receiving alerts, and its delivery log is deleted. Created {formatWhen(hook.createdAt)}.
          </p>
        </ConfirmDelete>
      )}
    </li>
  );
}
