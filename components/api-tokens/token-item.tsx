"use client";

import { useId, useRef, useState, type ReactNode } from "react";
import { ConfirmDelete } from "@/components/positions/confirm-delete";
import { Button } from "@/components/ui/button";
import type { TApiToken } from "@/lib/schemas/api-token";
import { formatDateTime, formatExpiry, formatLastUsed, SCOPE_LABELS } from "./api-token-model";

const STATUS_STYLE: Record<TApiToken["status"], string> = {
  active: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200",
  expired: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};
const STATUS_LABEL: Record<TApiToken["status"], string> = { active: "Active", expired: "Expired" };

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col">
      <dt className="text-xs text-[var(--muted)]">{term}</dt>
      <dd className="[overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

const Time = ({ iso, children }: { iso: string; children: ReactNode }) => <time dateTime={iso} title={formatDateTime(iso)}>{children}</time>;

type TokenItemProps = {
  token: TApiToken;
  /** Revokes the token on the server. */
  onRevoke: () => Promise<unknown>;
  /** After the confirmation has closed on a revoked token: take it off the list. */
  onRevoked: () => void;
  afterRevokeFocusId: string;
};

/** One token: what it may do, where, since when and until when, when it was last used; and revoke. */
export function TokenItem({ token, onRevoke, onRevoked, afterRevokeFocusId }: TokenItemProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  // The row must outlive the dialog's close, which sends focus to afterRevokeFocusId.
  const revoked = useRef(false);
  const close = () => {
    setConfirming(false);
    if (revoked.current) onRevoked();
  };
  return (
    <li aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-md border border-[var(--border)] p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="min-w-0 font-semibold [overflow-wrap:anywhere]">{token.name}</h3>
        <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${STATUS_STYLE[token.status]}`}>{STATUS_LABEL[token.status]}</span>
        <Button type="button" variant="ghost" className="ml-auto text-red-700 dark:text-red-400" aria-describedby={headingId} onClick={() => setConfirming(true)}>Revoke</Button>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm md:grid-cols-3 lg:grid-cols-6">
        <Fact term="Prefix"><code className="font-mono text-xs">{token.prefix}…</code></Fact>
        <Fact term="Scope">{SCOPE_LABELS[token.scope]}</Fact>
        <Fact term="Portfolio">{token.portfolio?.name ?? "All portfolios"}</Fact>
        <Fact term="Created"><Time iso={token.createdAt}>{formatDateTime(token.createdAt)}</Time></Fact>
        <Fact term="Last used">{token.lastUsedAt ? <Time iso={token.lastUsedAt}>{formatLastUsed(token.lastUsedAt)}</Time> : "Never"}</Fact>
        <Fact term="Expires">{token.expiresAt ? <Time iso={token.expiresAt}>{formatExpiry(token.expiresAt)}</Time> : "No expiry"}</Fact>
      </dl>
      {confirming && (
        <ConfirmDelete title="Revoke this token?" confirmLabel="Revoke token" afterDeleteFocusId={afterRevokeFocusId}
          onClose={close} onDelete={async () => { await onRevoke(); revoked.current = true; }}>
          <p>
            <strong className="[overflow-wrap:anywhere]">{token.name}</strong> (<code className="font-mono text-xs">{token.prefix}…</code>) stops working at once:
            every script or system that uses it gets 401 from its next request. This cannot be undone.
          </p>
        </ConfirmDelete>
      )}
    </li>
  );
}
