import { Dashboard } from "@/components/dashboard/dashboard";
import { ZDay } from "@/lib/schemas/primitives";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata = { title: "Dashboard" };

export default async function PortfolioDashboardPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string | string[] }>;
}) {
  const [{ id }, { asOf }] = await Promise.all([params, searchParams]);
  const day = ZDay.safeParse(asOf);
  const initialAsOf = day.success ? day.data : null;
  // Awaited: totals, alerts and chart captions are in the first HTML. A failure (not found) is left to the client to show.
  await getQueryClient().prefetchQuery(trpc.portfolio.overview.queryOptions({ portfolioId: id, ...(initialAsOf && { asOf: initialAsOf }) }));
  return (
    <HydrateClient>
      <Dashboard key={id} portfolioId={id} initialAsOf={initialAsOf} />
    </HydrateClient>
  );
}
