import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if ((await auth())?.user) redirect("/portfolios");
  return (
    <Card className="flex flex-col gap-4">
      <h1 className="text-xl font-semibold">Create your CoverDesk account</h1>
      <SignUpForm />
      <p className="text-sm text-[var(--muted)]">Already have an account? <Link href="/sign-in">Sign in</Link></p>
    </Card>
  );
}
