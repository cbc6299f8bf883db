import { z } from "zod";
import {
  ZAssetKind, ZAssetSymbol, ZCoverageType, ZId, ZMoney, ZName, ZRiskGrade, ZSlug, ZVenueKind,
} from "./primitives";

export const ZPositionFields = z.object({
  label: ZName,
  asset: ZAssetSymbol,
  assetKind: ZAssetKind,
  chain: ZSlug,
  venueKind: ZVenueKind,
  venue: ZSlug,
  valueUsd: ZMoney,
  quantity: z.string().trim().regex(/^\d{1,20}(\.\d{1,18})?$/, "Enter a quantity, e.g. 12.5").nullable().optional(),
  riskGrade: ZRiskGrade.nullable().optional(),
  risks: z.array(ZCoverageType).max(10).refine((r) => new Set(r).size === r.length, "Each risk once").optional(),
});

export const ZCreatePositionInput = ZPositionFields.extend({ portfolioId: ZId });
export const ZUpdatePositionInput = ZPositionFields.partial().extend({ id: ZId });

export const ZPosition = z.object({
  id: z.string(),
  portfolioId: z.string(),
  label: z.string(),
  asset: z.string(),
  assetKind: ZAssetKind,
  chain: z.string(),
  venueKind: ZVenueKind,
  venue: z.string(),
  /** The catalog's name for the venue; null = an unlisted venue (shown as its slug). */
  venueName: z.string().nullable(),
  valueUsd: z.string(),
  quantity: z.string().nullable(),
  riskGrade: ZRiskGrade.nullable(),
  risks: z.array(ZCoverageType),
  createdAt: z.string(),
});
export type TPosition = z.infer<typeof ZPosition>;
/** A position as stored, before the venue's name is attached. */
export type TPositionRecord = Omit<TPosition, "venueName">;
export type TPositionFields = z.infer<typeof ZPositionFields>;
