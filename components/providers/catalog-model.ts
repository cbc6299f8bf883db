import type { TProviderCard } from "@/lib/schemas/provider-score";
import type { CatalogState } from "./catalog-url";

const byName = new Intl.Collator("en", { sensitivity: "base" });

type Sortable = Pick<TProviderCard, "name" | "slug"> & { score: Pick<TProviderCard["score"], "total" | "rank"> };

/** Score: the server's rank (total, then name); name: A–Z. The page never recomputes a score. */
export function sortProviders<T extends Sortable>(rows: readonly T[], sort: CatalogState["sort"]): T[] {
  const sorted = [...rows];
  if (sort === "score") return sorted.sort((a, b) => a.score.rank - b.score.rank);
  return sorted.sort((a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
}

/** Every chain some provider names, in the catalog's order of first appearance ("*" is not a chain to pick). */
export function chainOptions(rows: ReadonlyArray<Pick<TProviderCard, "chains">>): string[] {
  return [...new Set(rows.flatMap((r) => r.chains))].filter((c) => c !== "*");
}
