/** The visible mark of a venue the catalog does not know (saved as typed, as a slug). */
export function UnlistedMark() {
  return (
    <span className="rounded border border-amber-700 px-1 text-[0.7rem] font-medium uppercase leading-4 tracking-wide text-amber-800 dark:border-amber-400 dark:text-amber-300">
      unlisted
    </span>
  );
}

/** A venue by its catalog name; an unlisted venue (name null) by its slug with the "unlisted" mark. */
export function VenueName({ slug, name }: { slug: string; name: string | null }) {
  if (name !== null) return <>{name}</>;
  return <span className="inline-flex flex-wrap items-center gap-1">{slug} <UnlistedMark /></span>;
}
