// The venue catalog file (prisma/seed-data/venues.json, a copy of shared/data/reference/venues.json
// with its sources and licences in `meta`) → one row per venue for the Venue table.
import { z } from "zod";
import { loadCatalogFile } from "./catalog-file";

const ZSlug = z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, "must be a lower-case slug (letters, digits, dots, dashes)");
const ZChains = z.array(ZSlug);

const ZProtocol = z.object({
  slug: ZSlug,
  name: z.string().min(1),
  venueKind: z.literal("protocol"),
  category: z.string().min(1),
  chains: ZChains,
  otherChains: z.array(z.string()),
  url: z.string().nullable(),
  tvlUsd: z.number().nonnegative().nullable(),
  tvlRank: z.number().int().positive().nullable(),
  aliases: z.array(ZSlug),
  source: z.string().min(1),
  as_of: z.string().min(1),
});

const ZFamily = ZProtocol.extend({ venueKind: z.literal("protocol-family"), children: z.array(ZSlug).min(1), tvlRank: z.null() });

const ZOtherVenue = z.object({
  slug: ZSlug,
  name: z.string().min(1),
  venueKind: z.enum(["cex", "custodian", "wallet"]),
  category: z.string().min(1),
  chains: ZChains,
  url: z.string().nullable(),
  source: z.string().min(1),
  as_of: z.string().min(1),
});

export const ZVenueCatalogFile = z.object({
  meta: z.object({ sources: z.array(z.unknown()), licences: z.record(z.string(), z.string()) }).loose(),
  protocols: z.array(ZProtocol),
  families: z.array(ZFamily),
  otherVenues: z.array(ZOtherVenue),
}).superRefine((file, ctx) => {
  const seen = new Set<string>();
  const all = [...file.protocols.map((v, i) => ["protocols", i, v.slug] as const), ...file.families.map((v, i) => ["families", i, v.slug] as const),
    ...file.otherVenues.map((v, i) => ["otherVenues", i, v.slug] as const)];
  for (const [list, i, slug] of all) {
    if (seen.has(slug)) ctx.addIssue({ code: "custom", path: [list, i, "slug"], message: `duplicate slug "${slug}"` });
    seen.add(slug);
  }
  // A family may list DefiLlama children this file does not hold, but its main venue must be here.
  const protocolSlugs = new Set(file.protocols.map((p) => p.slug));
  file.families.forEach((f, i) => {
    if (!f.children.some((c) => protocolSlugs.has(c))) ctx.addIssue({ code: "custom", path: ["families", i, "children"], message: "none of its children is a protocol of this file" });
  });
});
export type TVenueCatalogFile = z.infer<typeof ZVenueCatalogFile>;

export type VenueRow = {
  slug: string;
  name: string;
  kind: "defi" | "cex" | "custodian" | "wallet";
  isFamily: boolean;
  children: string[];
  family: string | null;
  category: string;
  chains: string[];
  otherChains: string[];
  aliases: string[];
  url: string | null;
  tvlUsd: string | null;
  tvlRank: number | null;
  source: string;
  asOf: string;
};

/** The rows of a validated file: protocols and families are `defi`; a protocol names its family. */
export function venueRows(file: TVenueCatalogFile): VenueRow[] {
  const protocolSlugs = new Set(file.protocols.map((p) => p.slug));
  const familyOf = new Map<string, string>();
  for (const f of file.families) for (const child of f.children) if (!familyOf.has(child)) familyOf.set(child, f.slug);
  const tvl = (n: number | null) => (n === null ? null : n.toFixed(2));
  return [
    ...file.protocols.map((p): VenueRow => ({
      slug: p.slug, name: p.name, kind: "defi", isFamily: false, children: [], family: familyOf.get(p.slug) ?? null, category: p.category,
      chains: p.chains, otherChains: p.otherChains, aliases: p.aliases, url: p.url, tvlUsd: tvl(p.tvlUsd), tvlRank: p.tvlRank, source: p.source, asOf: p.as_of,
    })),
    ...file.families.map((f): VenueRow => ({
      // Children held by this file only, main venue first.
      slug: f.slug, name: f.name, kind: "defi", isFamily: true, children: f.children.filter((c) => protocolSlugs.has(c)), family: null, category: f.category,
      chains: f.chains, otherChains: f.otherChains, aliases: f.aliases, url: f.url, tvlUsd: tvl(f.tvlUsd), tvlRank: null, source: f.source, asOf: f.as_of,
    })),
    ...file.otherVenues.map((o): VenueRow => ({
      slug: o.slug, name: o.name, kind: o.venueKind, isFamily: false, children: [], family: null, category: o.category,
      chains: o.chains, otherChains: [], aliases: [], url: o.url, tvlUsd: null, tvlRank: null, source: o.source, asOf: o.as_of,
    })),
  ];
}

export const loadVenueRows = (): VenueRow[] => venueRows(loadCatalogFile(ZVenueCatalogFile, "venues.json"));
