"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { TApiToken, TApiTokenCreated } from "@/lib/schemas/api-token";
import { useTRPC } from "@/lib/trpc/client";
import { CreatedToken } from "./created-token";
import { TokenCreateForm } from "./token-create-form";
import { TokenItem } from "./token-item";

const NEW_HEADING_ID = "api-token-new-heading";
const LIST_HEADING_ID = "api-token-list-heading";

/** The user's tokens, newest first; a revoked one leaves the list at once. */
function TokenList({ onRevoked }: { onRevoked: (id: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.apiToken.list.queryOptions());
  const revoke = useMutation(trpc.apiToken.revoke.mutationOptions());
  // Called once the confirmation has closed (and focus has a place to go): the row leaves at once.
  const removed = (id: string) => {
    queryClient.setQueryData(trpc.apiToken.list.queryKey(), (rows: TApiToken[] | undefined) => rows?.filter((r) => r.id !== id));
    onRevoked(id);
    void queryClient.invalidateQueries({ queryKey: trpc.apiToken.list.queryKey() });
  };
  const count = list.data ? ` (${list.data.length})` : "";
  return (
    <section aria-labelledby={LIST_HEADING_ID} className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <div className="flex flex-col gap-1">
        <h2 id={LIST_HEADING_ID} tabIndex={-1} className="text-lg font-semibold">Your tokens{count}</h2>
        <p className="text-sm text-[var(--muted)]">Only each token&apos;s first characters are kept in clear. &ldquo;Last used&rdquo; is recorded at most once a minute.</p>
      </div>
      {list.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">Your tokens could not be loaded. Reload the page to try again.</p>}
      {!list.data && !list.isError && <p role="status" className="text-sm text-[var(--muted)]">Loading tokens…</p>}
      {list.data && list.data.length === 0 && <p className="text-sm">No tokens yet.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="flex flex-col gap-3" aria-label="Your API tokens">
          {list.data.map((t) => (
            <TokenItem key={t.id} token={t} afterRevokeFocusId={LIST_HEADING_ID}
              onRevoke={() => revoke.mutateAsync({ id: t.id })} onRevoked={() => removed(t.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** DESIGN §14: tokens for the REST API — create (shown once), list, revoke. */
export function ApiTokensView() {
  const [created, setCreated] = useState<TApiTokenCreated | null>(null);
  const done = () => {
    setCreated(null);
    document.getElementById(NEW_HEADING_ID)?.focus();
  };
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby={NEW_HEADING_ID} className="flex min-w-0 flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <h2 id={NEW_HEADING_ID} tabIndex={-1} className="text-lg font-semibold">New token</h2>
        <p aria-live="polite" className="sr-only">{created ? `Token ${created.name} created. Copy it now: it will not be shown again.` : ""}</p>
        {created && <CreatedToken created={created} onDone={done} />}
        <TokenCreateForm onCreated={setCreated} />
      </section>
      <TokenList onRevoked={(id) => setCreated((c) => (c?.id === id ? null : c))} />
    </div>
  );
}
