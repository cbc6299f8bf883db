import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const target = safeRedirectPath((await searchParams).callbackUrl);
  if ((await auth())?.user) redirect(target);
  return (
    <Card className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Create your CoverDesk account</h1>
      <SignUpForm callbackUrl={target} />
      <p className="text-sm text-[var(--muted)]">Already have an account? <Link href={target === "/portfolios" ? "/sign-in" : `/sign-in?callbackUrl=${encodeURIComponent(target)}`}>Sign in</Link></p>
    </Card>
  );
}
