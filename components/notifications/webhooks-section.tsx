"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { WebhookCreateForm } from "./webhook-create-form";
import { WebhookItem } from "./webhook-item";

const HEADING_ID = "webhooks-heading";

/** Issue 15: the user's HTTPS endpoints that receive signed alert events. */
export function WebhooksSection({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.webhook.list.queryOptions());
  return (
    <section aria-labelledby={HEADING_ID} className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id={HEADING_ID} tabIndex={-1} className="text-lg font-semibold">Webhooks</h2>
      <p className="text-sm text-[var(--muted)]">
        Each new or escalating alert is POSTed as JSON to your endpoints, signed (Standard Webhooks), and retried with backoff when the endpoint fails.
        {!enabled && " Webhooks are turned off above: only tests are sent."}
      </p>
      {list.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">Your webhooks could not be loaded. Reload the page to try again.</p>}
      {!list.data && !list.isError && <p role="status" className="text-sm text-[var(--muted)]">Loading webhooks…</p>}
      {list.data && list.data.length === 0 && <p className="text-sm">No webhooks yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="flex flex-col gap-3" aria-label="Your webhooks">
          {list.data.map((hook) => <WebhookItem key={hook.id} hook={hook} afterDeleteFocusId={HEADING_ID} />)}
        </ul>
      )}
      <WebhookCreateForm />
    </section>
  );
}
