"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { COVERAGE_LABELS } from "@/components/covers/coverage-labels";
import { chainName } from "@/lib/chains";
import { formatDay } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import { useTRPC } from "@/lib/trpc/client";

const SHOWN = 5;

/** The incidents known on a position's venue (its family included), newest first, with a link to them all. */
export function VenueIncidents({ venue, venueLabel }: { venue: string; venueLabel: string }) {
  const trpc = useTRPC();
  const incidents = useQuery(trpc.incident.list.queryOptions({ venue, limit: SHOWN }));
  return (
    <section aria-labelledby="venue-incidents-heading" className="flex flex-col gap-2">
      <h2 id="venue-incidents-heading" className="text-xl font-semibold">Incidents on {venueLabel}</h2>
      {incidents.isError && <p role="alert" className="text-sm text-red-700 dark:text-red-400">Incidents could not be loaded.</p>}
      {incidents.data?.total === 0 && <p className="text-sm text-[var(--muted)]">No incident on record for {venueLabel}.</p>}
      {incidents.data && incidents.data.total > 0 && (
        <>
          <ul className="flex flex-col gap-1 text-sm">
            {incidents.data.items.map((i) => (
              <li key={i.id}>
                <time dateTime={i.date} className="tabular-nums">{formatDay(i.date)}</time> · {COVERAGE_LABELS[i.kind]}
                {i.chains.length > 0 && <> on {i.chains.map(chainName).join(", ")}</>} · loss{" "}
                {i.lossUsd !== null ? formatUsd(i.lossUsd) : i.lossText ?? "unknown"}
                {i.rootCause && <span className="text-[var(--muted)]"> — {i.rootCause}</span>}
              </li>
            ))}
          </ul>
          <Link href={`/incidents?venue=${encodeURIComponent(venue)}`} className="text-sm">
            {incidents.data.total > SHOWN ? `All ${incidents.data.total} incidents on ${venueLabel}` : "Details and sources"}
          </Link>
        </>
      )}
    </section>
  );
}
