"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { TMember } from "@/lib/schemas/member";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { ConfirmDialog } from "./confirm-dialog";
import { dayOf, ROLE_LABELS, ROLES, type Role } from "./role-labels";

/** One member: owners change the role and remove; everyone else reads. */
/** `removable`: false for the only owner, whom the server would refuse to remove. */
export function MemberRow({ portfolioId, member, manage, isMe, removable = true }: { portfolioId: string; member: TMember; manage: boolean; isMe: boolean; removable?: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const selectId = useId();
  const [confirming, setConfirming] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.member.pathKey() });
  const changeRole = useMutation(trpc.member.updateRole.mutationOptions({ onSettled: refresh }));
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const roleError = changeRole.error ? formErrors(changeRole.error).fields.role ?? changeRole.error.message : null;

  return (
    <li className="flex flex-col gap-2 border-t border-[var(--border)] py-3 first:border-t-0 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium [overflow-wrap:anywhere]">{member.name}{isMe && <span className="text-[var(--muted)]"> (you)</span>}</p>
        <p className="text-sm text-[var(--muted)] [overflow-wrap:anywhere]">{member.email} · member since {dayOf(member.since)}</p>
      </div>
      <div className="flex flex-col gap-1 sm:items-end">
        {manage ? (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="sr-only">Role of {member.name}</label>
            <select
              id={selectId}
              value={changeRole.isPending && changeRole.variables ? changeRole.variables.role : member.role}
              disabled={changeRole.isPending}
              aria-invalid={roleError ? true : undefined}
              aria-describedby={roleError ? `${selectId}-error` : undefined}
              onChange={(e) => changeRole.mutate({ portfolioId, userId: member.userId, role: e.target.value as Role })}
              className="rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-sm"
            >
              {ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
            {removable && <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>Remove</Button>}
          </div>
        ) : (
          <span className="rounded-full border border-[var(--border)] px-2 py-0.5 text-sm">{ROLE_LABELS[member.role]}</span>
        )}
        {roleError && <p id={`${selectId}-error`} role="alert" className="max-w-sm text-sm text-red-700 dark:text-red-400">{roleError}</p>}
      </div>
      {confirming && (
        <ConfirmDialog
          title={isMe ? "Remove yourself?" : `Remove ${member.name}?`}
          confirmLabel="Remove"
          pendingLabel="Removing…"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await remove.mutateAsync({ portfolioId, userId: member.userId });
            if (isMe) {
              queryClient.removeQueries({ queryKey: trpc.member.pathKey() });
              await queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() });
              router.push("/portfolios");
              return;
            }
            await refresh();
          }}
        >
          {isMe
            ? "You will lose access to this portfolio at once."
            : <>{member.name} ({member.email}) loses access to this portfolio at once. You can invite them again later.</>}
        </ConfirmDialog>
      )}
    </li>
  );
}
