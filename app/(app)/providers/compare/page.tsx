import { Suspense } from "react";
import { CompareView } from "@/components/providers/compare-view";
import { auth } from "@/server/auth/config";

export const metadata = { title: "Compare providers" };

export default async function ComparePage() {
  const session = await auth();
  // One "today" for server and browser render, so staleness badges cannot disagree at hydration.
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Compare providers</h1>
      <Suspense fallback={<p className="text-[var(--muted)]">Loading the comparison…</p>}>
        <CompareView signedIn={Boolean(session?.user)} today={today} />
      </Suspense>
    </div>
  );
}
