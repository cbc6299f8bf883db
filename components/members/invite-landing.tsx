"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import type { TInviteInfo } from "@/lib/schemas/member";
import { useTRPC } from "@/lib/trpc/client";
import { dayOf, ROLE_LABELS, ROLE_WHAT } from "./role-labels";

const CLOSED: Record<Exclude<TInviteInfo["status"], "valid">, string> = {
  used: "This invitation has already been used.",
  revoked: "This invitation was revoked.",
  expired: "This invitation has expired.",
};

/** The /invite page: what the invitation is, then sign in (or up) and accept. */
export function InviteLanding({ token, signedInAs }: { token: string; signedInAs: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const info = useQuery(trpc.member.inviteInfo.queryOptions({ token }));
  const accept = useMutation(trpc.member.acceptInvite.mutationOptions({
    onSuccess: async ({ portfolioId }) => {
      await queryClient.invalidateQueries({ queryKey: trpc.portfolio.pathKey() });
      router.push(`/portfolios/${portfolioId}`);
    },
  }));
  const back = encodeURIComponent(`/invite/${token}`);

  if (info.isError) {
    const code = info.error.data?.code;
    return (
      <Card className="flex flex-col gap-3">
        <h1 className="text-xl font-semibold">Invitation</h1>
        <p role="alert">
          {code === "NOT_FOUND"
            ? "This invitation link is not valid. Check that you copied the whole link, or ask for a new one."
            : code === "TOO_MANY_REQUESTS" ? info.error.message : "The invitation could not be loaded. Reload the page to try again."}
        </p>
      </Card>
    );
  }
  if (!info.data) return <Card><p role="status" className="text-[var(--muted)]">Loading the invitation…</p></Card>;
  const i = info.data;

  return (
    <Card className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold [overflow-wrap:anywhere]">Join “{i.portfolioName}”</h1>
      <p>
        {i.invitedBy ? <strong>{i.invitedBy}</strong> : "An owner"} invited <strong className="[overflow-wrap:anywhere]">{i.emailMasked}</strong> to this
        portfolio as <strong>{ROLE_LABELS[i.role].toLowerCase()}</strong>: an {ROLE_LABELS[i.role].toLowerCase()} {ROLE_WHAT[i.role]}.
      </p>
      {i.status !== "valid" ? (
        <>
          <p role="alert" className="rounded-md border border-red-600 px-3 py-2 text-sm text-red-800 dark:text-red-300">
            {CLOSED[i.status]} Ask an owner of the portfolio for a new link.
          </p>
          {signedInAs && <Link href="/portfolios">Go to your portfolios</Link>}
        </>
      ) : signedInAs ? (
        <>
          <p className="text-sm text-[var(--muted)]">Valid until {dayOf(i.expiresAt)}. You are signed in as <span className="[overflow-wrap:anywhere]">{signedInAs}</span>.</p>
          <FormMessage message={accept.error ? accept.error.message : null} />
          <Button type="button" onClick={() => accept.mutate({ token })} disabled={accept.isPending || accept.isSuccess}>
            {accept.isPending || accept.isSuccess ? "Joining…" : "Accept"}
          </Button>
        </>
      ) : (
        <>
          <p className="text-sm text-[var(--muted)]">Valid until {dayOf(i.expiresAt)}. Sign in, or create an account, with the invited address to accept.</p>
          <div className="flex flex-wrap gap-2">
            <Link href={`/sign-in?callbackUrl=${back}`} className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white no-underline hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950">
              Sign in to accept
            </Link>
            <Link href={`/sign-up?callbackUrl=${back}`} className="inline-flex min-h-10 items-center rounded-md border border-[var(--border)] px-4 py-2 text-sm font-medium no-underline">
              Create an account
            </Link>
          </div>
        </>
      )}
    </Card>
  );
}
