// Freshness of the seed catalog's facts (DESIGN §9), for `npm run catalog:report`: per provider,
// its researched facts (null = researched, not found) and each seeded product's own source and date.
import { countFreshness, type FreshnessCounts, STALE_AFTER_MONTHS } from "@/components/providers/staleness";
import { listingFacts, loadNexusFiles, mapListings, NEXUS_PROVIDER_SLUG } from "./load/nexus-listings";
import type { ProviderSeed } from "./types";

/** Every fact of a provider: its fact map (unsourced remarks are not facts) and its products. */
export function providerFacts(p: ProviderSeed): ({ asOf: string } | null)[] {
  return [...Object.values(p.facts), ...p.products.map((pr) => ({ asOf: pr.asOf }))];
}

export type ProviderFreshness = FreshnessCounts & { slug: string };

export function catalogFreshness(providers: readonly ProviderSeed[], today: string): ProviderFreshness[] {
  return providers.map((p) => ({ slug: p.slug, ...countFreshness(providerFacts(p), today) }));
}

/** Nexus Mutual's listings (seeded by seedNexusListings): the dated facts their terms are read from, and each listing. */
export function nexusListingsFreshness(today: string, files = loadNexusFiles()): ProviderFreshness {
  const { products } = mapListings(files.listings, files.prices);
  const facts = [...Object.values(listingFacts(files.listings, files.prices)), ...products.map((p) => ({ asOf: p.row.asOf }))];
  return { slug: `${NEXUS_PROVIDER_SLUG} listings`, ...countFreshness(facts, today) };
}

const COLUMNS = ["total", "fresh", "stale", "undated", "unknown"] as const;

/** A plain-text table: one row per provider, then the totals. */
export function formatFreshnessReport(rows: readonly ProviderFreshness[], today: string): string {
  const totals = { slug: "all providers", ...Object.fromEntries(COLUMNS.map((c) => [c, rows.reduce((s, r) => s + r[c], 0)])) } as ProviderFreshness;
  const head = ["provider", "facts", "dated fresh", "dated stale", "undated", "unknown"];
  const body = [...rows, totals].map((r) => [r.slug, ...COLUMNS.map((c) => String(r[c]))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [
    `Catalog freshness on ${today} (fresh: dated within ${STALE_AFTER_MONTHS} months; unknown: researched, not found; a product's own source counts as one fact)`,
    line(head),
    ...body.slice(0, -1).map(line),
    line(widths.map((w) => "-".repeat(w))),
    line(body.at(-1) ?? []),
  ].join("\n");
}
