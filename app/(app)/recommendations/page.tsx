import { RecommendationsView } from "@/components/recommendations/recommendations-view";

export const metadata = { title: "Recommendations" };

export default async function RecommendationsPage({ searchParams }: { searchParams: Promise<{ portfolio?: string | string[] }> }) {
  const { portfolio } = await searchParams;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Recommendations</h1>
        <p className="text-[var(--muted)]">What to buy, how much, what it costs a year, and why — for every position below your target.</p>
      </div>
      <RecommendationsView portfolioId={typeof portfolio === "string" ? portfolio : null} />
    </div>
  );
}
