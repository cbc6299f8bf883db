import { AuditView } from "@/components/audit/audit-view";
import { AUDIT_PAGE } from "@/components/audit/audit-model";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata = { title: "Audit log" };

export default async function PortfolioAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // The newest page in the first HTML; a failure (not a member) is left to the client to show.
  await getQueryClient().prefetchInfiniteQuery(trpc.audit.list.infiniteQueryOptions({ portfolioId: id, limit: AUDIT_PAGE }, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  }));
  return (
    <HydrateClient>
      <AuditView key={id} portfolioId={id} />
    </HydrateClient>
  );
}
