/** A venue in plain text, for sentences, search and sorting: its catalog name, or its slug marked unlisted (name null). */
export function venueText(slug: string, name: string | null): string {
  return name ?? `${slug} (unlisted)`;
}
