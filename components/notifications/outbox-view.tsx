"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useTRPC } from "@/lib/trpc/client";
import { formatWhen } from "./notification-model";
import type { EmailMessage } from "./types";

const STATUS_LABEL: Record<string, string> = { outbox: "In outbox (not sent)", queued: "Queued", sent: "Sent", failed: "Failed" };
const STATUS_STYLE: Record<string, string> = {
  outbox: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  queued: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  sent: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

function Message({ m }: { m: EmailMessage }) {
  const [open, setOpen] = useState(false);
  const [view, setView] = useState<"html" | "text">("html");
  const bodyId = useId();
  return (
    <li className="rounded-lg border border-[var(--border)] bg-[var(--card)]">
      <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((v) => !v)}
        className="flex w-full flex-col gap-1 rounded-lg p-3 text-left hover:bg-slate-50 dark:hover:bg-slate-800/50">
        <span className="flex w-full flex-wrap items-center gap-2">
          <span className="min-w-0 flex-1 break-words font-medium">{m.subject}</span>
          <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[m.status] ?? ""}`}>{STATUS_LABEL[m.status] ?? m.status}</span>
        </span>
        <span className="text-xs text-[var(--muted)]">
          To <span className="break-all">{m.to}</span> · {formatWhen(m.createdAt)}{m.kind === "test" ? " · test" : ""}
        </span>
      </button>
      <div id={bodyId} hidden={!open} className="flex flex-col gap-3 border-t border-[var(--border)] p-3">
        {open && (
          <>
            {m.lastError && <p className="text-sm text-red-700 dark:text-red-400">Last error ({m.attempts} attempt{m.attempts === 1 ? "" : "s"}): {m.lastError}</p>}
            {m.sentAt && <p className="text-xs text-[var(--muted)]">Sent {formatWhen(m.sentAt)}</p>}
            <div role="group" aria-label="Version to show" className="flex gap-2">
              <Button type="button" variant={view === "html" ? "primary" : "secondary"} aria-pressed={view === "html"} onClick={() => setView("html")}>HTML version</Button>
              <Button type="button" variant={view === "text" ? "primary" : "secondary"} aria-pressed={view === "text"} onClick={() => setView("text")}>Text version</Button>
            </div>
            {view === "html" ? (
              // An empty sandbox: no scripts, no forms, no navigation of this page; links do nothing.
              <iframe sandbox="" srcDoc={m.html} title={`HTML version of “${m.subject}”`} className="h-[75vh] min-h-[28rem] w-full resize-y rounded-md border border-[var(--border)] bg-white" />
            ) : (
              <pre className="max-h-[75vh] overflow-auto whitespace-pre-wrap break-words rounded-md border border-[var(--border)] p-3 text-xs">{m.text}</pre>
            )}
          </>
        )}
      </div>
    </li>
  );
}

/** Every e-mail the app wrote for the user, newest first: where mails land when no mail server is configured. */
export function OutboxView() {
  const trpc = useTRPC();
  const pages = useInfiniteQuery(trpc.notification.outbox.infiniteQueryOptions({ limit: 20 }, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  }));
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  if (pages.isError) return <p role="alert" className="rounded-lg border border-red-600 p-4">Your outbox could not be loaded. Reload the page to try again.</p>;
  if (!pages.data) return <p role="status" className="text-[var(--muted)]">Loading your outbox…</p>;
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-[var(--border)] p-6 text-center text-sm">No e-mails yet. Send a test e-mail or run &ldquo;Check now&rdquo; from the notification settings.</p>;
  }
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-col gap-3" aria-label="E-mails, newest first">
        {items.map((m) => <Message key={m.id} m={m} />)}
      </ul>
      {pages.hasNextPage && (
        <div>
          <Button type="button" variant="secondary" disabled={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
            {pages.isFetchingNextPage ? "Loading…" : "Older e-mails"}
          </Button>
        </div>
      )}
    </div>
  );
}
