"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { TPendingInvite } from "@/lib/schemas/member";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { dayOf, ROLE_LABELS } from "./role-labels";

function PendingInvite({ portfolioId, invite }: { portfolioId: string; invite: TPendingInvite }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const revoke = useMutation(trpc.member.revokeInvite.mutationOptions({
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.member.invites.queryKey({ portfolioId }) }),
  }));
  return (
    <li className="flex flex-col gap-2 border-t border-[var(--border)] py-3 first:border-t-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 text-sm">
        <p className="font-medium [overflow-wrap:anywhere]">{invite.email}</p>
        <p className="text-[var(--muted)]">
          {ROLE_LABELS[invite.role]} · invited {dayOf(invite.createdAt)}{invite.invitedBy ? ` by ${invite.invitedBy}` : ""} · valid until {dayOf(invite.expiresAt)}
        </p>
        <FormMessage message={revoke.error ? formErrors(revoke.error).message : null} />
      </div>
      <Button type="button" variant="secondary" disabled={revoke.isPending} onClick={() => revoke.mutate({ id: invite.id })}
        aria-label={`Revoke the invitation for ${invite.email}`}>
        {revoke.isPending ? "Revoking…" : "Revoke"}
      </Button>
    </li>
  );
}

/** Invitations nobody answered yet (owners only). */
export function PendingInvites({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const invites = useQuery(trpc.member.invites.queryOptions({ portfolioId }));
  return (
    <section aria-labelledby="pending-heading" className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="pending-heading" className="text-lg font-semibold">Pending invitations</h2>
      {invites.isError ? (
        <p role="alert" className="text-sm">{formErrors(invites.error).message}</p>
      ) : !invites.data ? (
        <p role="status" className="text-sm text-[var(--muted)]">Loading the invitations…</p>
      ) : invites.data.length === 0 ? (
        <p className="text-sm text-[var(--muted)]">None: every invitation was accepted, revoked or has expired.</p>
      ) : (
        <ul>{invites.data.map((i) => <PendingInvite key={i.id} portfolioId={portfolioId} invite={i} />)}</ul>
      )}
    </section>
  );
}
