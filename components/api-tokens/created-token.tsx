"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { CopyField } from "@/components/notifications/copy-field";
import { Button } from "@/components/ui/button";
import type { TApiTokenCreated } from "@/lib/schemas/api-token";
import { curlExample, formatExpiry, SCOPE_LABELS } from "./api-token-model";

export const CREATED_HEADING_ID = "api-token-created-heading";

const noSubscription = () => () => {};
/** This app's address as the browser reaches it (the server render has none: it is never shown there). */
const useOrigin = () => useSyncExternalStore(noSubscription, () => window.location.origin, () => "");

/** The one time a token is shown: copy it, with a request to try it, and a warning it will not be shown again. */
export function CreatedToken({ created, onDone }: { created: TApiTokenCreated; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const origin = useOrigin();
  // Keyboard and screen reader users land on the token, not on the form below it.
  useEffect(() => heading.current?.focus(), [created.id]);
  return (
    <div role="region" aria-labelledby={CREATED_HEADING_ID} className="flex min-w-0 flex-col gap-3 rounded-md border border-teal-600 p-3">
      <h3 id={CREATED_HEADING_ID} ref={heading} tabIndex={-1} className="font-semibold [overflow-wrap:anywhere]">Token “{created.name}” created: copy it now</h3>
      <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100">
        <strong>It will not be shown again.</strong> CoverDesk keeps only a fingerprint of it. Store it like a password (e.g. in a secret manager);
        if it is lost or leaked, revoke it below and create a new one.
      </p>
      <p className="text-sm text-[var(--muted)]">
        {SCOPE_LABELS[created.scope]}, {created.portfolio ? <>only <span className="[overflow-wrap:anywhere]">{created.portfolio.name}</span></> : "all your portfolios"}; {created.expiresAt ? `expires ${formatExpiry(created.expiresAt)}` : "no expiry"}.
      </p>
      <CopyField label="Your new API token" value={created.token} />
      <CopyField label="Try it: list the portfolios it can read (curl)" value={curlExample(origin, created.token)} />
      <div><Button type="button" variant="secondary" onClick={onDone}>I have saved the token</Button></div>
    </div>
  );
}
