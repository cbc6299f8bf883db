import type { Metadata } from "next";
import Link from "next/link";
import { InviteLanding } from "@/components/members/invite-landing";
import { TRPCReactProvider } from "@/lib/trpc/client";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";
import { auth } from "@/server/auth/config";
import { withSessionCheck } from "@/server/auth/session-state";

export const metadata: Metadata = {
  title: "Invitation",
  // The token is in the address: never sent on to another site, never indexed.
  referrer: "no-referrer",
  robots: { index: false, follow: false },
};

/** DESIGN §13: where an invitation link lands, signed in or not. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { result: session } = await withSessionCheck(() => auth());
  await getQueryClient().prefetchQuery(trpc.member.inviteInfo.queryOptions({ token }));
  const user = session?.user;
  return (
    <TRPCReactProvider>
      <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 px-4 py-10">
        <Link href="/" className="text-2xl font-semibold no-underline" style={{ color: "var(--fg)" }}>CoverDesk</Link>
        <HydrateClient>
          <InviteLanding token={token} signedInAs={user ? user.email ?? user.name ?? "your account" : null} />
        </HydrateClient>
      </main>
    </TRPCReactProvider>
  );
}
