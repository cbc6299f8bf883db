import type { ReactNode } from "react";
import { PortfolioRoleProvider } from "@/components/portfolio-nav/portfolio-role";
import { PortfolioSwitcher } from "@/components/portfolio-nav/portfolio-switcher";
import { PortfolioTabs } from "@/components/portfolio-nav/portfolio-tabs";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export default async function PortfolioLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The portfolio's name heads every tab, and the caller's role (DESIGN §13) decides which controls
  // each tab offers: both in the first HTML, not after a client round trip.
  await getQueryClient().prefetchQuery(trpc.portfolio.list.queryOptions());
  return (
    <HydrateClient>
      <PortfolioRoleProvider portfolioId={id}>
        <div className="flex flex-col gap-4">
          <PortfolioSwitcher portfolioId={id} />
          <PortfolioTabs portfolioId={id} />
          {children}
        </div>
      </PortfolioRoleProvider>
    </HydrateClient>
  );
}
