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
