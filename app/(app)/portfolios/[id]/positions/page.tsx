import { Suspense } from "react";
import { PositionsWorkspace } from "@/components/positions/positions-workspace";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata = { title: "Positions & covers" };

export default async function PositionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The table's rows and the covers, fetched here so the first HTML has them; a failure is the client's to show.
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.portfolio.summary.queryOptions({ portfolioId: id })),
    queryClient.prefetchQuery(trpc.cover.list.queryOptions({ portfolioId: id })),
  ]);
  return (
    <HydrateClient>
      <Suspense fallback={<p className="text-[var(--muted)]">Loading positions and covers…</p>}>
        <PositionsWorkspace portfolioId={id} />
      </Suspense>
    </HydrateClient>
  );
}
