"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo, useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";
import { GradeRow } from "./grade-row";

const PAGE = 25;

function Positions({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const positions = useQuery(trpc.position.list.queryOptions({ portfolioId }));
  const [search, setSearch] = useState("");
  const [limit, setLimit] = useState(PAGE);
  const matching = useMemo(() => {
    const terms = search.toLowerCase().split(/\s+/).filter(Boolean);
    return (positions.data ?? []).filter((p) => terms.every((t) => `${p.label} ${p.venue} ${p.venueName ?? ""} ${p.chain} ${p.asset}`.toLowerCase().includes(t)));
  }, [positions.data, search]);

  if (positions.isError) return <p role="alert" className="text-sm">The positions could not be loaded. Reload the page to try again.</p>;
  if (!positions.data) return <p role="status" className="text-sm text-[var(--muted)]">Loading positions…</p>;
  if (positions.data.length === 0) {
    return <p className="text-sm">No positions in this portfolio. <Link href={`/portfolios/${portfolioId}/positions`} className="underline">Add positions</Link> to grade them.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="max-w-xs">
        <TextField label="Find positions" type="search" value={search} autoComplete="off"
          onChange={(e) => { setSearch(e.target.value); setLimit(PAGE); }}
          hint={`${matching.length} of ${positions.data.length} positions`} />
      </div>
      <ul>{matching.slice(0, limit).map((p) => <GradeRow key={p.id} position={p} />)}</ul>
      {matching.length > limit && (
        <button type="button" className="min-h-10 self-start rounded-md border border-[var(--border)] px-4 text-sm" onClick={() => setLimit((n) => n + PAGE)}>
          Show {Math.min(PAGE, matching.length - limit)} more
        </button>
      )}
    </div>
  );
}

/** Risk grades A–F per position: the optimizer's loss probability for each one. */
export function RiskGrades() {
  const trpc = useTRPC();
  const portfolios = useQuery(trpc.portfolio.list.queryOptions());
  const [chosen, setChosen] = useState<string | null>(null);
  const list = portfolios.data ?? [];
  const portfolioId = chosen ?? list[0]?.id ?? null;
  return (
    <section aria-labelledby="grades-heading" className="flex flex-col gap-3 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="grades-heading" className="text-lg font-semibold">Risk grades per position</h2>
      <p className="text-sm text-[var(--muted)]">
        A is the safest venue, F the riskiest. The budget optimizer turns each grade into a loss probability (the assumptions above).
      </p>
      {portfolios.data && list.length === 0 && (
        <p className="text-sm">No portfolio yet. <Link href="/portfolios" className="underline">Create one</Link> and add positions to grade them.</p>
      )}
      {list.length > 1 && (
        <div className="max-w-xs">
          <SelectField label="Portfolio" value={portfolioId ?? ""} onChange={(e) => setChosen(e.target.value)}>
            {list.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </SelectField>
        </div>
      )}
      {portfolioId && <Positions key={portfolioId} portfolioId={portfolioId} />}
    </section>
  );
}
