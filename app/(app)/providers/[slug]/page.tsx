import { ProviderView } from "@/components/providers/provider-view";

export const metadata = { title: "Provider" };

export default async function ProviderPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // One "today" for server and browser render, so staleness badges cannot disagree at hydration.
  const today = new Date().toISOString().slice(0, 10);
  return <ProviderView key={slug} slug={slug} today={today} />;
}
