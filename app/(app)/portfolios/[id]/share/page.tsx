import { ShareLinks } from "@/components/share/share-links";

export const metadata = { title: "Share links" };

export default async function PortfolioSharePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="sr-only">Share links</h1>
      <ShareLinks key={id} portfolioId={id} />
    </div>
  );
}
