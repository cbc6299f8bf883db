import Link from "next/link";

/** Fewer than two providers chosen: say how to pick them, keeping the one already chosen. */
export function CompareEmpty({ slugs }: { slugs: string[] }) {
  return (
    <section aria-labelledby="compare-empty" className="flex flex-col items-start gap-3 rounded-lg border border-dashed border-[var(--border)] bg-[var(--card)] p-6">
      <h2 id="compare-empty" className="text-lg font-semibold">Pick at least two providers to compare</h2>
      <p>
        {slugs.length === 1 ? "One provider is chosen. " : ""}
        In the catalog, press “Add to compare” on 2 to 4 providers, then “Compare”.
      </p>
      <Link href={`/providers${slugs.length > 0 ? `?p=${slugs.join(",")}` : ""}`}
        className="inline-flex min-h-10 items-center rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white! no-underline hover:bg-blue-800 dark:bg-blue-500 dark:text-slate-950! dark:hover:bg-blue-400">
        Choose providers
      </Link>
    </section>
  );
}
