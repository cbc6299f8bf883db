import { z } from "zod";
import { ZClaimsModel, ZCoverageType, ZDeductibleKind, ZVenueKind } from "./primitives";

export const PROVIDER_STATUSES = ["active", "wound_down", "unknown"] as const;
export const ZProviderStatus = z.enum(PROVIDER_STATUSES);

export const ZRegion = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. DE");

export const ZProviderFilters = z.object({
  coverageType: ZCoverageType.optional(),
  chain: z.string().trim().toLowerCase().max(64).optional(),
  claimsModel: ZClaimsModel.optional(),
  kycRequired: z.boolean().optional(),
  regulated: z.boolean().optional(),
  status: ZProviderStatus.optional(),
  region: ZRegion.optional(),
});
export type TProviderFilters = z.infer<typeof ZProviderFilters>;

export const ZFact = z.object({
  value: z.unknown(),
  source: z.string().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable().optional(),
  confidence: z.string().nullable().optional(),
});
export type TFact = z.infer<typeof ZFact>;

// Provenance ------------------------------------------------------------------------------

/** Reserved key inside Provider.facts: which fact each typed column and product term came from. */
export const DERIVED_FROM_KEY = "_derivedFrom";

export const PROVIDER_COLUMNS = [
  "kind", "status", "website", "docsUrl", "claimsModel", "kycRequired", "regionsExcluded", "regulated", "jurisdiction",
  "foundedYear", "capacityUsd", "claimsPaidUsd", "premiumLowPct", "premiumHighPct", "auditCount", "chains", "coverageTypes",
] as const;
export const ZProviderColumn = z.enum(PROVIDER_COLUMNS);
export type TProviderColumn = z.infer<typeof ZProviderColumn>;

export const PRODUCT_TERMS = [
  "premiumLowPct", "premiumHighPct", "deductible", "minPeriodDays", "maxPeriodDays", "claimWindowDays", "capacityUsd", "minAmountUsd",
] as const;
export const ZProductTerm = z.enum(PRODUCT_TERMS);
export type TProductTerm = z.infer<typeof ZProductTerm>;

/** `from`: a key of Provider.facts, "product.<field>" for a product's own stated field, or null (no fact). */
const ZDerivation = z.object({ from: z.string().nullable(), note: z.string().optional() });

/** Stored under facts[DERIVED_FROM_KEY] by the seed. */
export const ZDerivedFrom = z.object({
  columns: z.partialRecord(ZProviderColumn, ZDerivation),
  /** By product slug: the product's path in the research data ("products.0") and each term's derivation. */
  products: z.record(z.string(), z.object({ path: z.string(), terms: z.partialRecord(ZProductTerm, ZDerivation) })),
  /** The facts (or product paths) each editorial score rests on. */
  editorial: z.object({ ux: z.array(z.string()), support: z.array(z.string()) }),
});
export type TDerivedFrom = z.infer<typeof ZDerivedFrom>;

/** Where a figure comes from: the fact (with its source and as-of date) and how CoverDesk read it. */
export const ZSourceRef = z.object({
  /** Key of the fact in Provider.facts; null for a product's own stated field. */
  factKey: z.string().nullable(),
  source: z.string().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable(),
  confidence: z.string().nullable(),
  /** How the figure was read from the fact, e.g. "1 = global_min_pct". */
  derivation: z.string().nullable(),
});
export type TSourceRef = z.infer<typeof ZSourceRef>;

/** A column without an entry has no fact behind it: it is unknown. */
export const ZColumnSources = z.partialRecord(ZProviderColumn, ZSourceRef);
export type TColumnSources = z.infer<typeof ZColumnSources>;

export const ZProviderSummary = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  kind: z.string().nullable(),
  status: ZProviderStatus,
  website: z.string().nullable(),
  claimsModel: ZClaimsModel.nullable(),
  kycRequired: z.boolean().nullable(),
  regulated: z.boolean().nullable(),
  jurisdiction: z.string().nullable(),
  foundedYear: z.number().int().nullable(),
  capacityUsd: z.string().nullable(),
  claimsPaidUsd: z.string().nullable(),
  premiumLowPct: z.string().nullable(),
  premiumHighPct: z.string().nullable(),
  auditCount: z.number().int().nullable(),
  chains: z.array(z.string()),
  coverageTypes: z.array(ZCoverageType),
  regionsExcluded: z.array(z.string()),
  productCount: z.number().int(),
});
export type TProviderSummary = z.infer<typeof ZProviderSummary>;

export const ZCoverProduct = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  coverageType: ZCoverageType,
  status: z.enum(["active", "deprecated", "unknown"]),
  description: z.string().nullable(),
  venues: z.array(z.string()),
  venueKinds: z.array(ZVenueKind),
  chains: z.array(z.string()),
  premiumLowPct: z.string().nullable(),
  premiumHighPct: z.string().nullable(),
  deductible: z.object({ kind: ZDeductibleKind, value: z.string() }).nullable(),
  minPeriodDays: z.number().int().nullable(),
  maxPeriodDays: z.number().int().nullable(),
  claimWindowDays: z.number().int().nullable(),
  capacityUsd: z.string().nullable(),
  minAmountUsd: z.string().nullable(),
  claimsModel: ZClaimsModel.nullable(),
  kycRequired: z.boolean().nullable(),
  source: z.string().nullable(),
  asOf: z.string().nullable(),
  note: z.string().nullable(),
});
export type TCoverProduct = z.infer<typeof ZCoverProduct>;

export const ZProviderDetail = ZProviderSummary.extend({
  docsUrl: z.string().nullable(),
  statusDate: z.string().nullable(),
  uxScore: z.number().nullable(),
  uxRationale: z.string().nullable(),
  supportScore: z.number().nullable(),
  supportRationale: z.string().nullable(),
  facts: z.record(z.string(), z.unknown()),
  products: z.array(ZCoverProduct),
});
export type TProviderDetail = z.infer<typeof ZProviderDetail>;
