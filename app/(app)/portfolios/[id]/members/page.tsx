import { MembersView } from "@/components/members/members-view";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";

export const metadata = { title: "Members" };

export default async function PortfolioMembersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // In the first HTML; a failure (not a member) is left to the client to show.
  await getQueryClient().prefetchQuery(trpc.member.list.queryOptions({ portfolioId: id }));
  return (
    <HydrateClient>
      <MembersView key={id} portfolioId={id} />
    </HydrateClient>
  );
}
