import type { ReactNode } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppHeader } from "@/components/layout/app-header";
import { WideGuessProvider } from "@/components/layout/wide-layout";
import { isPhoneUserAgent } from "@/lib/phone-user-agent";
import { TRPCReactProvider } from "@/lib/trpc/client";
import { auth } from "@/server/auth/config";
import { hasSessionCookie } from "@/server/auth/session-cookie";
import { withSessionCheck } from "@/server/auth/session-state";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const { result: session, checkError } = await withSessionCheck(() => auth());
  // The proxy only decodes the cookie: a session that was signed out, ended everywhere or whose
  // account is gone still gets this far, and goes to sign in. (A failed check is not a sign-out.)
  if (!session?.user && !checkError && hasSessionCookie((await cookies()).getAll())) redirect("/sign-in?ended=expired");
  const phone = isPhoneUserAgent((await headers()).get("user-agent"));
  return (
    <TRPCReactProvider>
      <WideGuessProvider wide={!phone}>
        <AppHeader userName={session?.user?.name ?? session?.user?.email ?? null} />
        <main className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </WideGuessProvider>
    </TRPCReactProvider>
  );
}
