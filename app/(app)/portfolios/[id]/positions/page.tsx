import { Suspense } from "react";
import { PositionsWorkspace } from "@/components/positions/positions-workspace";

export const metadata = { title: "Positions & covers" };

export default async function PositionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<p className="text-[var(--muted)]">Loading positions and covers…</p>}>
      <PositionsWorkspace portfolioId={id} />
    </Suspense>
  );
}
