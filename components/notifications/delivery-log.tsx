"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { DeliveryStatus } from "./delivery-status";
import { formatWhen } from "./notification-model";

/** One webhook's deliveries, newest first, a page at a time. */
export function DeliveryLog({ webhookId, id }: { webhookId: string; id: string }) {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(trpc.webhook.deliveries.infiniteQueryOptions({ webhookId, limit: 10 }, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  }));
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  if (pages.isError) return <p id={id} role="alert" className="text-sm text-red-700 dark:text-red-400">The delivery log could not be loaded.</p>;
  if (!pages.data) return <p id={id} role="status" className="text-sm text-[var(--muted)]">Loading deliveries…</p>;
  if (items.length === 0) return <p id={id} className="text-sm text-[var(--muted)]">No deliveries yet.</p>;
  return (
    <div id={id} className="flex flex-col gap-2">
      <ul className="flex flex-col gap-2" aria-label="Deliveries, newest first">
        {items.map((d) => (
          <li key={d.id} className="flex flex-col gap-1 rounded-md border border-[var(--border)] p-2 text-sm">
            <div className="flex flex-wrap items-center gap-2">
              <DeliveryStatus status={d.status} code={d.lastStatusCode} />
              <code className="text-xs">{d.eventType}</code>
              <span className="text-xs text-[var(--muted)]">{formatWhen(d.createdAt)}</span>
            </div>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-xs">
              <dt className="text-[var(--muted)]">Attempts</dt><dd>{d.attempts}</dd>
              <dt className="text-[var(--muted)]">Last status code</dt><dd>{d.lastStatusCode ?? "—"}</dd>
              {d.lastError && <><dt className="text-[var(--muted)]">Last error</dt><dd className="break-words">{d.lastError}</dd></>}
              <dt className="text-[var(--muted)]">Delivered</dt><dd>{formatWhen(d.deliveredAt)}</dd>
              {d.status === "pending" && <><dt className="text-[var(--muted)]">Next attempt</dt><dd>{formatWhen(d.nextAttemptAt)}</dd></>}
              <dt className="text-[var(--muted)]">Message id</dt><dd className="break-all font-mono">{d.id}</dd>
            </dl>
          </li>
        ))}
      </ul>
      {pages.hasNextPage && (
        <div>
          <Button type="button" variant="secondary" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {pages.isFetchingNextPage ? "Loading…" : "Older deliveries"}
          </Button>
        </div>
      )}
    </div>
  );
}
