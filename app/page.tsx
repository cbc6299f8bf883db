import Link from "next/link";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/config";

export default async function Home() {
  if ((await auth())?.user) redirect("/portfolios");
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center gap-6 px-4 py-10">
      <h1 className="text-3xl font-semibold">CoverDesk</h1>
      <p className="text-lg text-[var(--muted)]">
        See how much of your crypto is insured and how much is not, compare cover providers with their sources,
        and decide what to buy. CoverDesk sells no cover and holds no keys.
      </p>
      <div className="flex gap-3">
        <Link className="rounded-md bg-blue-700 px-4 py-2 text-white no-underline dark:bg-blue-500 dark:text-slate-950" href="/sign-up">Create an account</Link>
        <Link className="rounded-md border border-[var(--border)] px-4 py-2 no-underline" href="/sign-in">Sign in</Link>
        <Link className="rounded-md px-4 py-2" href="/providers">Browse providers</Link>
      </div>
    </main>
  );
}
