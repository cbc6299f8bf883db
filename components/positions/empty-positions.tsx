import Link from "next/link";
import { Button } from "@/components/ui/button";

export function EmptyPositions({ portfolioId, onAdd }: { portfolioId: string; onAdd?: () => void }) {
  return (
    <div className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-[var(--border)] p-8 text-center">
      <p className="text-lg font-medium">No positions yet</p>
      <p className="max-w-prose text-sm text-[var(--muted)]">
        A position is something you hold: a deposit in a DeFi protocol, a balance on an exchange, assets at a custodian or in
        your own wallet. Add them to see what is insured and what is not.
      </p>
      {/* No onAdd: a viewer, who cannot add any. */}
      {onAdd && (
        <>
          <Button type="button" onClick={onAdd}>Add your first position</Button>
          <p className="text-sm">
            Many positions? <Link href={`/portfolios/${portfolioId}/import`}>Import them from a CSV file</Link>.
          </p>
        </>
      )}
    </div>
  );
}
