import { Suspense } from "react";
import { filtersOf, hasFilters, parseCatalogState } from "@/components/providers/catalog-url";
import { ProviderCatalog } from "@/components/providers/provider-catalog";
import { getQueryClient, HydrateClient, trpc } from "@/lib/trpc/server";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Providers" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [session, raw] = await Promise.all([auth(), searchParams]);
  // What the catalog shows first, fetched here so the cards are in the first HTML.
  const state = parseCatalogState({ get: (name) => { const v = raw[name]; return typeof v === "string" ? v : null; } });
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.provider.list.queryOptions()),
    hasFilters(state) ? queryClient.prefetchQuery(trpc.provider.list.queryOptions({ filters: filtersOf(state) })) : null,
    session?.user ? queryClient.prefetchQuery(trpc.settings.get.queryOptions()) : null,
  ]);
  // One "today" for server and browser render, so staleness badges cannot disagree at hydration.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Insurance providers</h1>
        <p className="max-w-3xl text-[var(--muted)]">
          Every fact links to its source and the date it was true; what we could not find says “unknown”.
          Scores (0–10) follow a published method: open a provider to see how its score is computed, or pick 2–4 to
          compare them with your own weights.
        </p>
      </div>
      <HydrateClient>
        <Suspense fallback={<p className="text-[var(--muted)]">Loading providers…</p>}>
          <ProviderCatalog signedIn={Boolean(session?.user)} today={today} />
        </Suspense>
      </HydrateClient>
    </div>
  );
}
