import { IncidentsView } from "@/components/incidents/incidents-view";

export const metadata = { title: "Incidents" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function IncidentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const venue = (await searchParams).venue;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">Incidents</h1>
        <p className="max-w-3xl text-[var(--muted)]">
          Exploits, depegs, exchange halts and custody thefts since 2020, newest first. Each names its source and
          references; a loss is shown in USD where the source states one, else in the source&apos;s own words.
          Cover bought after an incident is known does not pay for it.
        </p>
      </div>
      <IncidentsView venue={typeof venue === "string" ? venue.slice(0, 64) : ""} />
    </div>
  );
}
