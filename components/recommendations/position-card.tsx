import Link from "next/link";
import { VENUE_KIND_LABELS } from "@/components/positions/kind-labels";
import { VenueName } from "@/components/venues/venue-name";
import { chainName } from "@/lib/chains";
import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TPositionRecommendation } from "@/lib/schemas/recommendation";
import { BeforeAfter } from "./before-after";
import { DraftList } from "./draft-list";
import { GapBlock } from "./gap-block";

type Props = { position: TPositionRecommendation; targetRatio: number; portfolioId: string };

/** One under-insured position: what it is, its drafts and their effect, and a block per risk below target. */
export function PositionCard({ position: p, targetRatio, portfolioId }: Props) {
  return (
    <article aria-labelledby={`rec-${p.id}`} className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <header className="flex flex-col gap-1">
        <h3 id={`rec-${p.id}`} className="text-lg font-semibold [overflow-wrap:anywhere]">
          <Link href={`/positions/${p.id}`} className="underline">{p.label}</Link>
        </h3>
        <p className="text-sm text-[var(--muted)]">
          {p.asset} · <VenueName slug={p.venue} name={p.venueName} /> ({VENUE_KIND_LABELS[p.venueKind]}) · {chainName(p.chain)} · value <span className="tabular-nums">{formatUsd(p.valueUsd)}</span>
          {" "}· insured {formatRatio(p.ratio)} · risk grade {p.riskGrade ?? "not set (treated as C)"}
        </p>
      </header>
      {p.drafts.length > 0 && (
        <>
          <DraftList drafts={p.drafts} />
          <BeforeAfter positionId={p.id} portfolioId={portfolioId} headingLevel="h4" />
        </>
      )}
      {p.gaps.map((g) => (
        <GapBlock key={g.risk} gap={g} targetRatio={targetRatio} portfolioId={portfolioId} positionId={p.id} positionLabel={p.label} />
      ))}
    </article>
  );
}
