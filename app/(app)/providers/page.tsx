import { Suspense } from "react";
import { ProviderCatalog } from "@/components/providers/provider-catalog";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Providers" };

export default async function ProvidersPage() {
  const session = await auth();
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
      <Suspense fallback={<p className="text-[var(--muted)]">Loading providers…</p>}>
        <ProviderCatalog signedIn={Boolean(session?.user)} today={today} />
      </Suspense>
    </div>
  );
}
