import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  const target = safeRedirectPath(callbackUrl);
  if ((await auth())?.user) redirect(target);
  return (
    <Card className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Sign in</h1>
      <SignInForm callbackUrl={target} />
      <p className="text-sm text-[var(--muted)]">New to CoverDesk? <Link href="/sign-up">Create an account</Link></p>
    </Card>
  );
}
