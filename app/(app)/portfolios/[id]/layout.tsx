import type { ReactNode } from "react";
import { PortfolioSwitcher } from "@/components/portfolio-nav/portfolio-switcher";
import { PortfolioTabs } from "@/components/portfolio-nav/portfolio-tabs";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export default async function PortfolioLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The portfolio's name heads every tab: in the first HTML, not after a client round trip.
  await getQueryClient().prefetchQuery(trpc.portfolio.list.queryOptions());
  return (
    <div className="flex flex-col gap-4">
      <HydrateClient>
        <PortfolioSwitcher portfolioId={id} />
      </HydrateClient>
      <PortfolioTabs portfolioId={id} />
      {children}
    </div>
  );
}
