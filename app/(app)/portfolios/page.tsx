import { PortfolioList } from "@/components/portfolios/portfolio-list";

export const metadata = { title: "Portfolios" };

export default function PortfoliosPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Your portfolios</h1>
      <PortfolioList />
    </div>
  );
}
