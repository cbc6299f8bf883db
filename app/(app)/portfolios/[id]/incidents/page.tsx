import { PortfolioIncidents } from "@/components/incidents/portfolio-incidents";
import { ZDay } from "@/lib/schemas/primitives";

export const metadata = { title: "Incidents on your positions" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function PortfolioIncidentsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const asOf = ZDay.safeParse(query.asOf);
  const lookback = Number(query.lookbackDays);
  return (
    <PortfolioIncidents
      portfolioId={id}
      asOf={asOf.success ? asOf.data : undefined}
      lookbackDays={Number.isInteger(lookback) && lookback >= 1 && lookback <= 3650 ? lookback : undefined}
    />
  );
}
