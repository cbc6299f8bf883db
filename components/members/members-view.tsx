"use client";

import { useQuery } from "@tanstack/react-query";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { InviteForm } from "./invite-form";
import { LeaveButton } from "./leave-button";
import { MemberRow } from "./member-row";
import { PendingInvites } from "./pending-invites";
import { ROLE_LABELS, ROLE_WHAT } from "./role-labels";

/** DESIGN §13: who can see and change the portfolio. Owners manage; editors and viewers read the list and may leave. */
export function MembersView({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.member.list.queryOptions({ portfolioId }));
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  const portfolioName = portfolios.data?.find((p) => p.id === portfolioId)?.name ?? null;
  if (list.isError) {
    const missing = list.error.data?.code === "NOT_FOUND";
    return <p role="alert" className="rounded-lg border border-red-600 p-4">{missing ? "This portfolio does not exist, or you are not a member of it." : formErrors(list.error).message}</p>;
  }
  if (!list.data) return <p role="status" className="text-[var(--muted)]">Loading the members…</p>;
  const { members, myRole, myUserId } = list.data;
  const manage = myRole === "owner";
  // The server refuses to leave a portfolio ownerless; the page does not offer it.
  const soleOwnerId = members.filter((m) => m.role === "owner").length === 1 ? members.find((m) => m.role === "owner")?.userId : undefined;
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-[var(--muted)]">
        You are {myRole === "owner" ? "an owner" : myRole === "editor" ? "an editor" : "a viewer"}: {ROLE_WHAT[myRole]}.
        {!manage && " Only owners change roles and invite people."}
      </p>
      <section aria-labelledby="members-heading" className="flex flex-col gap-2 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
        <h2 id="members-heading" className="text-lg font-semibold">Members ({members.length})</h2>
        <ul>
          {members.map((m) => <MemberRow key={m.userId} portfolioId={portfolioId} member={m} manage={manage} isMe={m.userId === myUserId} removable={m.userId !== soleOwnerId} />)}
        </ul>
        <p className="text-xs text-[var(--muted)]">
          {(["owner", "editor", "viewer"] as const).map((r) => `${ROLE_LABELS[r]}: ${ROLE_WHAT[r]}.`).join(" ")} A portfolio always keeps at least one owner.
        </p>
      </section>
      {manage && <InviteForm portfolioId={portfolioId} />}
      {manage && <PendingInvites portfolioId={portfolioId} />}
      {soleOwnerId === myUserId
        ? <p className="text-sm text-[var(--muted)]">You are its only owner: make someone else an owner before you leave, or delete the portfolio.</p>
        : <div><LeaveButton portfolioId={portfolioId} portfolioName={portfolioName} /></div>}
    </div>
  );
}
