"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { usePortfolioRole } from "./portfolio-role";

export function PortfolioTabs({ portfolioId }: { portfolioId: string }) {
  const pathname = usePathname();
  const { canManage } = usePortfolioRole(portfolioId);
  const base = `/portfolios/${portfolioId}`;
  const tabs = [
    { href: base, label: "Dashboard" },
    { href: `${base}/positions`, label: "Positions & covers" },
    { href: `${base}/incidents`, label: "Incidents" },
    { href: `${base}/statement`, label: "Statement" },
    { href: `${base}/import`, label: "Import / export" },
    { href: `/recommendations?portfolio=${portfolioId}`, label: "Recommendations" },
    { href: `${base}/members`, label: "Members" },
    // Share links are the owners' (DESIGN §13); the page itself still explains that to others.
    ...(canManage ? [{ href: `${base}/share`, label: "Share" }] : []),
    { href: `${base}/audit`, label: "Audit log" },
  ];
  return (
    <nav aria-label="Portfolio" className="flex flex-wrap gap-1 border-b border-[var(--border)]">
      {tabs.map((t) => {
        const active = t.href === pathname;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-t-md px-3 py-2 text-sm no-underline ${active ? "border-b-2 border-[var(--accent)] font-semibold" : ""}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
