"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter } from "next/navigation";
import { useTRPC } from "@/lib/trpc/client";
import { portfolioOptionText, RoleBadge } from "./portfolio-role";

/** Switches to the same page of another portfolio. */
export function PortfolioSwitcher({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  if (!portfolios.data) return <h1 className="text-2xl font-semibold">Portfolio</h1>;
  const current = portfolios.data.find((p) => p.id === portfolioId);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-2xl font-semibold">{current?.name ?? "Portfolio"}</h1>
      {current && <RoleBadge role={current.role} memberCount={current.memberCount} />}
      {portfolios.data.length > 1 && (
        <label className="no-print flex items-center gap-2 text-sm">
          <span className="text-[var(--muted)]">Switch portfolio</span>
          <select
            className="rounded-md border border-[var(--border)] bg-[var(--card)] px-2 py-1"
            value={portfolioId}
            onChange={(e) => router.push(pathname.replace(portfolioId, e.target.value))}
          >
            {portfolios.data.map((p) => <option key={p.id} value={p.id}>{portfolioOptionText(p)}</option>)}
          </select>
        </label>
      )}
    </div>
  );
}
