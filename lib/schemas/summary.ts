import { z } from "zod";
import { ZAssetKind, ZCoverStatus, ZCoverageType, ZBool, ZDay, ZId, ZVenueKind } from "./primitives";

export const ZSummaryInput = z.object({
  portfolioId: ZId,
  asOf: ZDay.optional(),
  /** Include draft covers: the "what if" preview of recommendations. */
  includeDrafts: ZBool.optional(),
});

const ZFlagCode = z.enum([
  "no_cover_market", "uninsured", "under_insured", "over_insured", "expiring_soon",
  "expired", "not_started", "claim_window_open", "scope_mismatch",
]);
export type TFlagCode = z.infer<typeof ZFlagCode>;

const ZCoverShare = z.object({ coverId: z.string(), allocatedUsd: z.string(), payUsd: z.string() });
const ZRiskSizing = z.object({
  risk: ZCoverageType, exposureUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(),
  wastedUsd: z.string(), covers: z.array(ZCoverShare),
});
const ZFlag = z.object({ code: ZFlagCode, coverIds: z.array(z.string()), until: z.string().optional() });
const ZBreakdownRow = z.object({ key: z.string(), label: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string() });

export const ZSummaryPosition = z.object({
  id: z.string(), label: z.string(), asset: z.string(), assetKind: ZAssetKind, chain: z.string(),
  venueKind: ZVenueKind, venue: z.string(),
  /** The catalog's name for the venue; null = an unlisted venue (shown as its slug). */
  venueName: z.string().nullable(),
  valueUsd: z.string(), primaryRisk: ZCoverageType.nullable(),
  insuredUsd: z.string(), uninsuredUsd: z.string(), wastedUsd: z.string(), ratio: z.number(),
  risks: z.array(ZRiskSizing), flags: z.array(ZFlag),
});
export type TSummaryPosition = z.infer<typeof ZSummaryPosition>;

export const ZSummaryCover = z.object({
  id: z.string(), name: z.string(), providerSlug: z.string().nullable(), providerName: z.string().nullable(),
  coverageType: ZCoverageType, amountUsd: z.string(), startsAt: z.string(), expiresAt: z.string(),
  status: ZCoverStatus, positionIds: z.array(z.string()),
});
export type TSummaryCover = z.infer<typeof ZSummaryCover>;

export const ZSummary = z.object({
  portfolio: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  targetRatio: z.number(),
  includeDrafts: z.boolean(),
  positions: z.array(ZSummaryPosition),
  covers: z.array(ZSummaryCover),
  totals: z.object({ valueUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(), wastedUsd: z.string(), ratio: z.number() }),
  breakdowns: z.object({
    byProvider: z.array(ZBreakdownRow), byChain: z.array(ZBreakdownRow), byVenue: z.array(ZBreakdownRow),
    byVenueKind: z.array(ZBreakdownRow), byRisk: z.array(ZBreakdownRow),
  }),
  portfolioFlags: z.array(z.object({ code: z.literal("provider_concentration"), key: z.string(), label: z.string(), share: z.number() })),
  timeline: z.array(z.object({ date: z.string(), insuredUsd: z.string() })),
});
export type TSummary = z.infer<typeof ZSummary>;
