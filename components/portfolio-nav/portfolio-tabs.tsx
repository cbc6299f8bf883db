"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { usePortfolioRole } from "./portfolio-role";

export function PortfolioTabs({ portfolioId }: { portfolioId: string }) {
  const pathname = usePathname();
  const { canManage } = usePortfolioRole(portfolioId);
  const base = `/portfolios/${portfolioId}`;
  const navRef = useRef<HTMLElement>(null);
  // On a phone the tabs are one row that scrolls sideways: bring the current one into view.
  useEffect(() => {
    const nav = navRef.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav && current && nav.scrollWidth > nav.clientWidth) nav.scrollLeft = current.offsetLeft - nav.offsetLeft - 16;
  }, [pathname]);
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
    <nav ref={navRef} aria-label="Portfolio" className="-mx-4 flex gap-1 overflow-x-auto border-b border-[var(--border)] px-4 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
      {tabs.map((t) => {
        const active = t.href === pathname;
        return (
          <Link
            key={t.href}
            href={t.href}
            aria-current={active ? "page" : undefined}
            className={`shrink-0 whitespace-nowrap rounded-t-md px-3 py-2 text-sm no-underline ${active ? "border-b-2 border-[var(--accent)] font-semibold" : ""}`}
          >
            {t.label}
          </Link>
        );
      })}
    </nav>
  );
}
