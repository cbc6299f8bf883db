import type { ReactNode } from "react";
import { PortfolioSwitcher } from "@/components/portfolio-nav/portfolio-switcher";
import { PortfolioTabs } from "@/components/portfolio-nav/portfolio-tabs";

export default async function PortfolioLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="flex flex-col gap-4">
      <PortfolioSwitcher portfolioId={id} />
      <PortfolioTabs portfolioId={id} />
      {children}
    </div>
  );
}
