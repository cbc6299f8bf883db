// Schemas and types of the seed catalog (prisma/seed-data/providers/<slug>.json, one file per
// provider). Facts are copied from the research snapshot; everything else is a derivation that
// names the fact it comes from. The files are validated against these schemas when seeding.
import { z } from "zod";
import {
  ClaimsModel, CoverageType, DeductibleKind, ProductStatus, ProviderStatus, VenueKind,
} from "@/server/db/generated/enums";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const ZJsonValue: z.ZodType<JsonValue> = z.json();

/** A decimal as text ("278000000", "2.6"): money and percentages never pass through floats. */
const ZDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number written as a string");
const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a lowercase slug");

/** The fact as it stood before a newer dated fact replaced it (kept for the review trail). */
const ZPreviousFact = z.strictObject({
  value: ZJsonValue,
  source: z.string(),
  asOf: z.string(),
  note: z.string().optional(),
  confidence: z.enum(["low", "medium"]).optional(),
});

/** One researched fact (shared/data/providers.json, `as_of` → `asOf`). */
export const ZFactSeed = ZPreviousFact.extend({
  /**
   * Set when the fact is newer than the research snapshot: the file and entry it was taken from
   * (e.g. "shared/data/reference/premium-facts.json facts[3]"). Not stored in the database.
   */
  updatedFrom: z.string().min(1).optional(),
  /** The snapshot's fact this one replaced (absent when the fact is new). Not stored. */
  previous: ZPreviousFact.optional(),
});
export type Fact = z.infer<typeof ZFactSeed>;

/**
 * Facts keyed by their path in providers.json ("kind", "capacity.0",
 * "pricing.typical_annual_premium_pct"); null = researched but not found.
 */
export const ZFactMap = z.record(z.string().min(1), ZFactSeed.nullable());
export type FactMap = z.infer<typeof ZFactMap>;

/** An unsourced remark of the research snapshot (e.g. "status_note"): kept, but not a fact. */
const ZRemark = z.strictObject({ key: z.string().min(1), text: z.string() });
export type Remark = z.infer<typeof ZRemark>;

/**
 * A typed value derived from one fact. `from` is a key of `facts` ("product.<field>" for a
 * product's own stated field); null value = unknown. `note` says why this fact / this value.
 */
export type Derived<T> = { value: T | null; from: string | null; note?: string };
export type DerivedList<T> = { value: T[]; from: string | null; note?: string };
const derived = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value: value.nullable(), from: z.string().min(1).nullable(), note: z.string().optional() });
const derivedList = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value: z.array(value), from: z.string().min(1).nullable(), note: z.string().optional() });

const ZProviderColumns = z.strictObject({
  kind: derived(z.string()),
  status: z.strictObject({ value: z.enum(ProviderStatus), date: z.string().nullable(), from: z.string().min(1).nullable() }),
  website: derived(z.string()),
  docsUrl: derived(z.string()),
  claimsModel: derived(z.enum(ClaimsModel)),
  kycRequired: derived(z.boolean()),
  /** ISO 3166 alpha-2; [] = no exclusion list known. */
  regionsExcluded: derivedList(z.string().regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code")),
  regulated: derived(z.boolean()),
  jurisdiction: derived(z.string()),
  foundedYear: derived(z.number().int()),
  /** Decimal strings (USD, percent). */
  capacityUsd: derived(ZDecimal),
  claimsPaidUsd: derived(ZDecimal),
  premiumLowPct: derived(ZDecimal),
  premiumHighPct: derived(ZDecimal),
  auditCount: derived(z.number().int().nonnegative()),
  chains: derivedList(z.string()),
  coverageTypes: derivedList(z.enum(CoverageType)),
});
export type ProviderColumns = z.infer<typeof ZProviderColumns>;

/** An EDITORIAL score (CoverDesk's judgement, 0-10): `basis` lists the facts it rests on. */
const ZEditorial = z.strictObject({ score: z.number().min(0).max(10), rationale: z.string().min(1), basis: z.array(z.string().min(1)).min(1) });
export type Editorial = z.infer<typeof ZEditorial>;

/** Where a product applies: venue slugs or "*" (any venue of venueKinds), chain slugs or "*". */
const ZProductScope = z.strictObject({
  venueKinds: z.array(z.enum(VenueKind)),
  venues: z.array(z.string().regex(/^(\*|[a-z0-9][a-z0-9-]*)$/, "a venue slug or *")),
  chains: z.array(z.string().min(1)),
  rule: z.string().min(1),
});
export type ProductScope = z.infer<typeof ZProductScope>;

const ZProductTerms = z.strictObject({
  premiumLowPct: derived(ZDecimal).optional(),
  premiumHighPct: derived(ZDecimal).optional(),
  deductible: z.strictObject({ kind: z.enum(DeductibleKind), value: ZDecimal, from: z.string().min(1), note: z.string().optional() }).optional(),
  minPeriodDays: derived(z.number().int().positive()).optional(),
  maxPeriodDays: derived(z.number().int().positive()).optional(),
  claimWindowDays: derived(z.number().int().nonnegative()).optional(),
  capacityUsd: derived(ZDecimal).optional(),
  minAmountUsd: derived(ZDecimal).optional(),
});
export type ProductTerms = z.infer<typeof ZProductTerms>;

export const ZProductSeed = z.strictObject({
  /** Stable, unique within the provider. */
  slug: ZSlug,
  /** Path of the product in providers.json ("products.0"). */
  from: z.string().regex(/^products\.\d+$/, "a products.<index> path"),
  name: z.string().min(1),
  coverageType: z.enum(CoverageType),
  description: z.string().nullable(),
  source: z.string().url(),
  asOf: z.string().min(1),
  note: z.string().nullable(),
  /** The product's own fields as researched (free text). */
  stated: z.strictObject({ chains: z.array(z.string()).nullable(), annualPricePct: z.string().nullable(), status: z.string().nullable() }),
  status: z.enum(ProductStatus),
  statusRule: z.string().min(1),
  scope: ZProductScope,
  /** Only the terms a fact states; everything else stays unknown. */
  terms: ZProductTerms,
  /** Why a stated figure was not used as a term. */
  termNotes: z.array(z.string()).optional(),
});
export type ProductSeed = z.infer<typeof ZProductSeed>;

/** Every `from` of a derivation must name a fact that is present (not null) in the file. */
function checkDerivations(p: z.infer<typeof ZProviderSeedShape>, ctx: z.RefinementCtx): void {
  const fact = (key: string | null, path: PropertyKey[]) => {
    if (key !== null && !p.facts[key]) ctx.addIssue({ code: "custom", path, message: `derived from "${key}", which is not a fact of this provider` });
  };
  for (const [col, d] of Object.entries(p.columns)) fact(d.from, ["columns", col, "from"]);
  p.products.forEach((pr, i) => {
    for (const [term, d] of Object.entries(pr.terms)) {
      if (d && d.from !== "product.annual_price_pct") fact(d.from, ["products", i, "terms", term, "from"]);
    }
  });
  const slugs = p.products.map((pr) => pr.slug);
  slugs.forEach((s, i) => {
    if (slugs.indexOf(s) !== i) ctx.addIssue({ code: "custom", path: ["products", i, "slug"], message: `duplicate product slug "${s}"` });
  });
}

const ZProviderSeedShape = z.strictObject({
  slug: ZSlug,
  name: z.string().min(1),
  facts: ZFactMap,
  remarks: z.array(ZRemark),
  columns: ZProviderColumns,
  ux: ZEditorial,
  support: ZEditorial,
  products: z.array(ZProductSeed),
  /** Products with coverage_type null: not seeded as products, kept as facts under these keys. */
  skippedProducts: z.array(z.string()),
});

/** One provider file, prisma/seed-data/providers/<slug>.json. */
export const ZProviderSeed = ZProviderSeedShape.superRefine(checkDerivations);
export type ProviderSeed = z.infer<typeof ZProviderSeed>;

/** prisma/seed-data/providers/index.json: the providers to seed, in catalog order. */
export const ZProviderIndex = z.strictObject({ providers: z.array(ZSlug).min(1) });

export type { ClaimsModel, CoverageType, DeductibleKind, ProductStatus, ProviderStatus, VenueKind };
