import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SessionEndedNotice } from "@/components/settings/session-ended-notice";
import { sessionEndReason } from "@/components/settings/session-end";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; ended?: string }> }) {
  const { callbackUrl, ended } = await searchParams;
  const endedReason = sessionEndReason(ended);
  const target = safeRedirectPath(callbackUrl);
  if ((await auth())?.user) redirect(target);
  return (
    <Card className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Sign in</h1>
      {endedReason && <SessionEndedNotice reason={endedReason} />}
      <SignInForm callbackUrl={target} />
      <p className="text-sm text-[var(--muted)]">New to CoverDesk? <Link href="/sign-up">Create an account</Link></p>
    </Card>
  );
}
