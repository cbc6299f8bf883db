// Nexus Mutual's listings (prisma/seed-data/nexus-products.json, priced from premium-facts.json;
// both copies of shared/data/reference with their sources and licences in `meta`) → CoverProduct
// rows of provider nexus-mutual, one per public, non-deprecated listing. Pure: no database here.
//
// Every figure is read from the files; where the data does not state a term it stays null
// (unknown). Where CoverDesk derives something (a product type from the listing's category, a
// venue slug from an unmapped name), the row's note says so.
import { z } from "zod";
import type { ClaimsModel, CoverageType, DeductibleKind, ProductStatus, VenueKind } from "@/server/db/generated/enums";
import { LISTING_SLUG_PREFIX } from "@/lib/schemas/provider-products";
import { loadCatalogFile } from "./catalog-file";

export const NEXUS_PRODUCTS_FILE = "nexus-products.json";
export const PREMIUM_FACTS_FILE = "premium-facts.json";
export const NEXUS_PROVIDER_SLUG = "nexus-mutual";
/** Prefix of the facts this module adds to Provider.facts (never clashes with providers.json keys). */
export const LISTING_FACT_PREFIX = "listings.";

// Schemas -----------------------------------------------------------------------------------

const ZSlug = z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, "must be a lower-case slug (letters, digits, dots, dashes)");
const ZPct = z.string().regex(/^\d+(\.\d+)?%$/, 'must be a percentage such as "10%"');

const ZListing = z.object({
  id: z.number().int().nonnegative(),
  name: z.string().trim().min(1),
  nameAsListed: z.string(),
  productType: z.string().min(1).nullable(),
  productTypeSource: z.string().nullable(),
  category: z.string().min(1).nullable(),
  isDeprecated: z.boolean().nullable(),
  isDeprecatedBasis: z.string().nullable(),
  isPrivate: z.boolean().nullable(),
  coverAssets: z.array(z.string().min(1)).nullable(),
  minPrice: z.number().nonnegative().nullable(),
  initialPriceRatio: ZPct.nullable(),
  initialPriceRatioNote: z.string().nullable(),
  capacity: z.number().nonnegative().nullable(),
  venueSlug: ZSlug.nullable(),
  venueRelation: z.enum(["protocol", "custodian", "wallet", "depeg-of-issuer"]).nullable(),
  source: z.string().min(1),
  as_of: z.string().min(1),
}).loose();
export type TListing = z.infer<typeof ZListing>;

const ZProductType = z.object({
  id: z.number().int().nonnegative(),
  name: z.string().min(1),
  gracePeriodDays: z.number().int().positive().nullable(),
  claimMethodLabel: z.string().nullable(),
  coverWordingURL: z.string().nullable(),
  source: z.string().min(1),
  as_of: z.string().min(1),
}).loose();

const ZSource = z.object({ licence: z.string().min(1) }).loose();

export const ZNexusProductsFile = z.object({
  meta: z.object({
    sources: z.array(ZSource).min(1),
    constants: z.object({
      MIN_COVER_PERIOD_days: z.number().int().positive(),
      MAX_COVER_PERIOD_days: z.number().int().positive(),
      DEFAULT_MIN_PRICE_RATIO_pct: z.number().positive(),
      source: z.string().min(1),
      as_of: z.string().min(1),
    }).loose(),
  }).loose(),
  products: z.array(ZListing).min(1),
  productTypes: z.array(ZProductType).min(1),
  productTypeCoverWordings: z.array(z.object({ productTypeName: z.string().min(1) }).loose()),
}).superRefine((file, ctx) => {
  const seen = new Set<number>();
  file.products.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["products", i, "id"], message: `duplicate listing id ${p.id}` });
    seen.add(p.id);
    if ((p.venueSlug === null) !== (p.venueRelation === null)) {
      ctx.addIssue({ code: "custom", path: ["products", i, "venueRelation"], message: "venueSlug and venueRelation must be both set or both null" });
    }
  });
  const c = file.meta.constants;
  if (c.MIN_COVER_PERIOD_days > c.MAX_COVER_PERIOD_days) {
    ctx.addIssue({ code: "custom", path: ["meta", "constants", "MIN_COVER_PERIOD_days"], message: "exceeds MAX_COVER_PERIOD_days" });
  }
});
export type TNexusProductsFile = z.infer<typeof ZNexusProductsFile>;

const ZPremiumFact = z.object({
  provider: z.string().min(1),
  product: z.string().min(1),
  annual_pct: z.number().nonnegative().nullable(),
  premium_formula: z.string(),
  as_of: z.string().min(1),
  source: z.string().min(1),
  note: z.string(),
  factKind: z.string().min(1),
});

export const ZPremiumFactsFile = z.object({
  meta: z.object({ description: z.string(), generated: z.string(), notFound: z.array(z.string()) }).loose(),
  facts: z.array(ZPremiumFact).min(1),
}).superRefine((file, ctx) => {
  // The two Nexus facts listing prices are read from: each exactly once, with a figure.
  for (const kind of ["initial-price", "min-price-default"] as const) {
    const hits = file.facts.flatMap((f, i) => (matchesPriceFact(f, kind) ? [i] : []));
    if (hits.length !== 1) ctx.addIssue({ code: "custom", path: ["facts"], message: `expected one Nexus Mutual ${kind} fact, found ${hits.length}` });
    for (const i of hits) {
      if (file.facts[i]?.annual_pct == null) ctx.addIssue({ code: "custom", path: ["facts", i, "annual_pct"], message: "must be a number for a price Nexus listings are seeded with" });
    }
  }
});
export type TPremiumFactsFile = z.infer<typeof ZPremiumFactsFile>;
type TPremiumFact = z.infer<typeof ZPremiumFact>;

function matchesPriceFact(f: TPremiumFact, kind: "initial-price" | "min-price-default"): boolean {
  if (f.provider !== "Nexus Mutual") return false;
  return kind === "initial-price" ? f.factKind === "initial-price" : f.factKind === "min-price" && /default floor/.test(f.product);
}

export function loadNexusFiles(): { listings: TNexusProductsFile; prices: TPremiumFactsFile } {
  return { listings: loadCatalogFile(ZNexusProductsFile, NEXUS_PRODUCTS_FILE), prices: loadCatalogFile(ZPremiumFactsFile, PREMIUM_FACTS_FILE) };
}

// Product types -----------------------------------------------------------------------------

type Scope = "venue" | "any";
type TypeRule = { label: string; coverageType: CoverageType; scope: Scope; v2Type: string | null };

/** Product types as the listings state them (ids 0–78), and the current types of the docs. */
const STATED_TYPES: Record<string, TypeRule> = {
  "Protocol": { label: "Protocol Cover", coverageType: "protocol_exploit", scope: "venue", v2Type: "Protocol" },
  "Custody": { label: "Custody Cover", coverageType: "custody_theft", scope: "venue", v2Type: "Custody" },
  "Yield Token": { label: "Yield Token Cover", coverageType: "depeg", scope: "venue", v2Type: "Yield Token" },
  "Sherlock Excess": { label: "Sherlock Excess Cover", coverageType: "protocol_exploit", scope: "venue", v2Type: "Sherlock Excess" },
  "Stakewise Slashing": { label: "ETH Staking Cover", coverageType: "slashing", scope: "venue", v2Type: "Stakewise ETH Staking" },
  "Liquid Collective Slashing": { label: "ETH Staking Cover", coverageType: "slashing", scope: "venue", v2Type: "Liquid Collective ETH Staking" },
  "Single Protocol Cover": { label: "Protocol Cover", coverageType: "protocol_exploit", scope: "venue", v2Type: null },
  "Multi Protocol Cover": { label: "Multi Protocol Cover", coverageType: "protocol_exploit", scope: "any", v2Type: null },
  "Fund Portfolio Cover": { label: "Fund Portfolio Cover", coverageType: "fund_portfolio", scope: "any", v2Type: null },
  "Generalized Fund Portfolio Cover": { label: "Generalized Fund Portfolio Cover", coverageType: "fund_portfolio", scope: "any", v2Type: null },
  "ETH Slashing Umbrella": { label: "ETH Slashing Umbrella", coverageType: "slashing", scope: "venue", v2Type: null },
};

const PROTOCOL: TypeRule = STATED_TYPES.Protocol!;
/** Listings without a product type (ids > 78): the type CoverDesk derives from the SDK category. */
const CATEGORY_TYPES: Record<string, TypeRule> = {
  "lending": PROTOCOL, "dex": PROTOCOL, "perpetuals": PROTOCOL, "yield-optimizer": PROTOCOL,
  "smart-wallet": PROTOCOL, "liquid-restaking": PROTOCOL,
  "custody": STATED_TYPES.Custody!,
  "depeg": { label: "Depeg Cover", coverageType: "depeg", scope: "venue", v2Type: null },
  "eth-staking": { label: "ETH Staking Cover", coverageType: "slashing", scope: "venue", v2Type: null },
  "slashing": { label: "Slashing Cover", coverageType: "slashing", scope: "venue", v2Type: null },
};

type ResolvedType = TypeRule & { basis: string };

function resolveType(l: TListing, typeNames: readonly string[]): (ResolvedType & { displayName: string }) | null {
  const at = (r: ResolvedType | null, displayName = l.name) => (r ? { ...r, displayName } : null);
  if (l.productType) {
    const rule = STATED_TYPES[l.productType];
    return at(rule ? { ...rule, basis: `product type "${l.productType}" as the data states it (${l.productTypeSource ?? "source not named"})` } : null);
  }
  const named = typeNames.find((t) => STATED_TYPES[t] && l.name.endsWith(` ${t}`));
  if (named) {
    return at({ ...STATED_TYPES[named]!, basis: `no product type in the data: the listing's name ends in the product type "${named}" of the cover-wordings list` }, l.name.slice(0, -named.length - 1));
  }
  return at(resolveByCategory(l));
}

function resolveByCategory(l: TListing): ResolvedType | null {
  const byCategory = l.category ? CATEGORY_TYPES[l.category] : undefined;
  if (byCategory) return { ...byCategory, basis: `no product type in the data (known only for ids 0–78): derived from the SDK category "${l.category}"` };
  if (l.venueRelation === "protocol") {
    return { ...PROTOCOL, basis: `no product type and category "${l.category ?? "none"}": derived from the listing's venue relation "protocol" (${l.venueSlug})` };
  }
  return null;
}

// Venues ------------------------------------------------------------------------------------

/** venues.json's rule for DefiLlama names (lower-case, spaces → "-", apostrophes dropped), also dropping "(…)". */
export function slugFromName(name: string): string {
  return name.toLowerCase().replace(/\([^)]*\)/g, " ").replace(/['’]/g, "").replace(/[^a-z0-9.+]+/g, "-").replace(/^-+|-+$/g, "");
}

const KINDS_BY_RELATION: Record<NonNullable<TListing["venueRelation"]>, VenueKind[]> = {
  "protocol": ["defi"], "custodian": ["cex", "custodian"], "wallet": ["wallet"], "depeg-of-issuer": [],
};

type Venues = { venues: string[]; venueKinds: VenueKind[]; rule: string };

function venuesOf(l: TListing, type: ResolvedType, slugByName: Map<string, string>): Venues {
  if (type.scope === "any") return { venues: ["*"], venueKinds: [], rule: `'*': a ${type.label} is not tied to one venue` };
  if (l.venueSlug && l.venueRelation) {
    const rule = l.venueRelation === "depeg-of-issuer"
      ? `the issuer's venue ${l.venueSlug} (venueRelation depeg-of-issuer); CoverDesk products have no asset scope, so positions elsewhere holding the token are not matched`
      : `${l.venueSlug} (venueRelation ${l.venueRelation})`;
    return { venues: [l.venueSlug], venueKinds: KINDS_BY_RELATION[l.venueRelation], rule };
  }
  const kinds: VenueKind[] = type.coverageType === "custody_theft" ? ["cex", "custodian"]
    : l.category === "smart-wallet" ? ["wallet"] : type.coverageType === "depeg" ? [] : ["defi"];
  const parts = l.name.split(/\s+\+\s+/);
  if (parts.length > 1) {
    const venues = [...new Set(parts.map((p) => slugByName.get(p.toLowerCase()) ?? slugFromName(p)))];
    return { venues, venueKinds: kinds, rule: `a bundle of the protocols it names: ${venues.join(", ")} (each the venue of the listing of that name, else a slug derived from the name)` };
  }
  const slug = slugFromName(l.name);
  return { venues: [slug], venueKinds: kinds, rule: `venue not mapped in the data: "${slug}", derived from the listing name` };
}

// Mapping -----------------------------------------------------------------------------------

/** A CoverProduct as seeded (decimals as strings); the shape of upsert-products.ts' CoverProductRow. */
export type ListingRow = {
  slug: string; name: string; coverageType: CoverageType; status: ProductStatus; description: string | null;
  venues: string[]; venueKinds: VenueKind[]; chains: string[];
  premiumLowPct: string | null; premiumHighPct: string | null;
  premiumKind: "published" | "minimum" | "initial" | null; premiumAsOf: string | null;
  deductibleKind: DeductibleKind | null; deductibleValue: string | null;
  minPeriodDays: number | null; maxPeriodDays: number | null; claimWindowDays: number | null;
  capacityUsd: string | null; minAmountUsd: string | null;
  claimsModel: ClaimsModel | null; kycRequired: boolean | null;
  source: string | null; asOf: string | null; note: string | null;
};

export type SkipReason = "private" | "deprecated" | "deprecation unknown" | "coverage type unknown";
export type SkippedListing = { id: number; name: string; reason: SkipReason };

export type PriceBasis = "initial-price" | "default-min-price";
/** One term's provenance: the key of a listing fact (see listingFacts) and how it was read. */
export type TermDerivation = { from: string; note?: string };

export type ListingProduct = {
  listingId: number;
  row: ListingRow;
  priceBasis: PriceBasis;
  /** Provenance of each term, stored under Provider.facts._derivedFrom.products[slug]. */
  terms: Partial<Record<"premiumLowPct" | "premiumHighPct" | "minPeriodDays" | "maxPeriodDays" | "claimWindowDays", TermDerivation>>;
};

/** A fact in the provider's facts format ({ value, source, asOf, note }). */
export type ListingFact = { value: number; source: string; asOf: string; note: string };

const factKey = {
  minPeriod: `${LISTING_FACT_PREFIX}min_period_days`,
  maxPeriod: `${LISTING_FACT_PREFIX}max_period_days`,
  initialPrice: `${LISTING_FACT_PREFIX}initial_price_pct`,
  minPrice: `${LISTING_FACT_PREFIX}default_min_price_pct`,
  grace: (typeName: string) => `${LISTING_FACT_PREFIX}grace_period_days.${typeName}`,
};

function priceFact(prices: TPremiumFactsFile, kind: "initial-price" | "min-price-default"): TPremiumFact {
  const fact = prices.facts.find((f) => matchesPriceFact(f, kind));
  if (!fact) throw new Error(`${PREMIUM_FACTS_FILE}: no Nexus Mutual ${kind} fact`); // the schema already checks this
  return fact;
}

/** The dated facts listing terms are read from, keyed for Provider.facts. */
export function listingFacts(listings: TNexusProductsFile, prices: TPremiumFactsFile): Record<string, ListingFact> {
  const c = listings.meta.constants;
  const initial = priceFact(prices, "initial-price");
  const floor = priceFact(prices, "min-price-default");
  const out: Record<string, ListingFact> = {
    [factKey.minPeriod]: { value: c.MIN_COVER_PERIOD_days, source: c.source, asOf: c.as_of, note: "Nexus listings: minimum cover period (Cover.sol MIN_COVER_PERIOD)" },
    [factKey.maxPeriod]: { value: c.MAX_COVER_PERIOD_days, source: c.source, asOf: c.as_of, note: "Nexus listings: maximum cover period (Cover.sol MAX_COVER_PERIOD)" },
    [factKey.initialPrice]: { value: initial.annual_pct ?? 0, source: initial.source, asOf: initial.as_of, note: `Nexus listings ${initial.product}: ${initial.premium_formula}; ${initial.note}` },
    [factKey.minPrice]: { value: floor.annual_pct ?? 0, source: floor.source, asOf: floor.as_of, note: `Nexus listings: ${floor.premium_formula}; ${floor.note}` },
  };
  for (const t of listings.productTypes) {
    if (t.gracePeriodDays === null) continue;
    out[factKey.grace(t.name)] = {
      value: t.gracePeriodDays, source: t.source, asOf: t.as_of,
      note: `Nexus product type "${t.name}" (id ${t.id}): grace period, the time to file a claim after cover ends${t.claimMethodLabel ? `; claims: ${t.claimMethodLabel}` : ""}`,
    };
  }
  return out;
}

function skipReason(l: TListing): SkipReason | null {
  if (l.isPrivate !== false) return "private"; // null = not known to be public
  if (l.isDeprecated === true) return "deprecated";
  if (l.isDeprecated === null) return "deprecation unknown";
  return null;
}

const pctString = (n: number) => String(n);

/**
 * Every public, non-deprecated listing → a product; the rest with the reason it was skipped.
 * Listing names that occur more than once get their listing id in the product name.
 */
export function mapListings(listings: TNexusProductsFile, prices: TPremiumFactsFile): { products: ListingProduct[]; skipped: SkippedListing[] } {
  const facts = listingFacts(listings, prices);
  const c = listings.meta.constants;
  const typesByName = new Map(listings.productTypes.map((t) => [t.name, t]));
  const slugByName = new Map<string, string>();
  for (const l of listings.products) if (l.venueSlug && !slugByName.has(l.name.toLowerCase())) slugByName.set(l.name.toLowerCase(), l.venueSlug);

  const typeNames = listings.productTypeCoverWordings.map((t) => t.productTypeName);
  const kept: { l: TListing; type: ResolvedType & { displayName: string } }[] = [];
  const skipped: SkippedListing[] = [];
  for (const l of listings.products) {
    const reason = skipReason(l);
    const type = reason ? null : resolveType(l, typeNames);
    if (reason || !type) skipped.push({ id: l.id, name: l.name, reason: reason ?? "coverage type unknown" });
    else kept.push({ l, type });
  }
  const nameCount = new Map<string, number>();
  for (const { type } of kept) nameCount.set(type.displayName, (nameCount.get(type.displayName) ?? 0) + 1);

  const products = kept.map(({ l, type }): ListingProduct => {
    const scope = venuesOf(l, type, slugByName);
    const v2 = type.v2Type ? typesByName.get(type.v2Type) : undefined;
    const graceKey = v2?.gracePeriodDays != null ? factKey.grace(v2.name) : null;
    const initial = l.initialPriceRatio ? l.initialPriceRatio.replace("%", "") : null;
    const priceBasis: PriceBasis = initial !== null ? "initial-price" : "default-min-price";
    const pct = initial ?? pctString(facts[factKey.minPrice]!.value);
    const priceFrom = priceBasis === "initial-price" ? factKey.initialPrice : factKey.minPrice;
    const priceFactOf = facts[priceFrom]!;
    const priceNote = priceBasis === "initial-price"
      ? `the listing's initial price ratio ${l.initialPriceRatio} (v2 migration input, as of ${priceFactOf.asOf}; prices move with Nexus' dynamic pricing since)`
      : `no listing price in the data: the documented default minimum price ${pct} %/yr (Cover.sol DEFAULT_MIN_PRICE_RATIO, as of ${priceFactOf.asOf}), a floor, not a quote`;
    const graceNote = graceKey
      ? (l.productType ? `grace period of product type "${v2!.name}"` : `grace period of the v2 product type "${v2!.name}" (type derived, see note)`)
      : undefined;
    const label = `${type.displayName} — ${type.label}`;
    const name = (nameCount.get(type.displayName) ?? 0) > 1 ? `${label} (listing ${l.id})` : label;
    const note = [
      `Nexus Mutual listing ${l.id} ("${l.nameAsListed}"), ${NEXUS_PRODUCTS_FILE}.`,
      `Type: ${type.basis}.`,
      `Scope (CoverDesk mapping): ${scope.rule}; chains '*' (the data names none).`,
      `Price: ${priceNote}.`,
      graceKey ? `Claim window: ${graceNote}, ${facts[graceKey]!.value} days (${facts[graceKey]!.source}, as of ${facts[graceKey]!.asOf}).` : "Claim window: unknown (no grace period in the data for this type).",
      `Periods ${c.MIN_COVER_PERIOD_days}–${c.MAX_COVER_PERIOD_days} days (${c.source}, as of ${c.as_of}).`,
      l.coverAssets ? `Cover assets (v2 migration): ${l.coverAssets.join(", ")}.` : null,
    ].filter(Boolean).join(" ");
    const description = [`${type.label} for ${l.name}`, l.category ? `SDK category ${l.category}` : null, v2?.coverWordingURL && l.productType ? `wording: ${v2.coverWordingURL}` : null]
      .filter(Boolean).join(" · ");
    return {
      listingId: l.id,
      priceBasis,
      terms: {
        premiumLowPct: { from: priceFrom, note: priceNote },
        premiumHighPct: { from: priceFrom, note: priceNote },
        minPeriodDays: { from: factKey.minPeriod },
        maxPeriodDays: { from: factKey.maxPeriod },
        ...(graceKey && { claimWindowDays: { from: graceKey, note: graceNote } }),
      },
      row: {
        slug: `${LISTING_SLUG_PREFIX}${l.id}`,
        name,
        coverageType: type.coverageType,
        status: "active",
        description,
        venues: scope.venues,
        venueKinds: scope.venueKinds,
        chains: ["*"],
        premiumLowPct: pct,
        premiumHighPct: pct,
        premiumKind: priceBasis === "initial-price" ? "initial" : "minimum",
        premiumAsOf: priceFactOf.asOf,
        deductibleKind: null,
        deductibleValue: null,
        minPeriodDays: c.MIN_COVER_PERIOD_days,
        maxPeriodDays: c.MAX_COVER_PERIOD_days,
        claimWindowDays: graceKey ? facts[graceKey]!.value : null,
        capacityUsd: l.capacity === null ? null : String(l.capacity),
        minAmountUsd: null,
        claimsModel: null, // the provider's (discretionary vote)
        kycRequired: null, // the provider's
        source: l.source,
        asOf: l.as_of,
        note,
      },
    };
  });
  return { products, skipped };
}
