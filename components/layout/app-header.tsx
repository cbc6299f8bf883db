import Link from "next/link";
import { signOutAction } from "@/components/auth/actions";
import { ThemeToggle } from "./theme-toggle";

const links = [
  { href: "/portfolios", label: "Portfolios" },
  { href: "/providers", label: "Providers" },
  { href: "/incidents", label: "Incidents" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/settings", label: "Settings" },
];

export function AppHeader({ userName }: { userName: string | null }) {
  return (
    <header className="border-b border-[var(--border)] bg-[var(--card)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/portfolios" className="text-lg font-semibold no-underline" style={{ color: "var(--fg)" }}>CoverDesk</Link>
        <nav aria-label="Main" className="flex flex-wrap gap-3 text-sm">
          {links.map((l) => <Link key={l.href} href={l.href}>{l.label}</Link>)}
        </nav>
        <div className="ml-auto flex items-center gap-2 text-sm">
          {/* A plain link: /api-docs is a whole HTML document (Scalar), not a page of the app's router. */}
          <a href="/api-docs" className="px-1 text-[var(--muted)]">API</a>
          <ThemeToggle />
          {userName && <span className="hidden text-[var(--muted)] sm:inline">{userName}</span>}
          {userName ? (
            <form action={signOutAction}>
              <button type="submit" className="rounded-md px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">Sign out</button>
            </form>
          ) : (
            <Link href="/sign-in">Sign in</Link>
          )}
        </div>
      </div>
    </header>
  );
}
