import { z } from "zod";
import { ZDay, ZId } from "./primitives";

export const ZStatementFormat = z.enum(["md", "csv", "json"]);
export type TStatementFormat = z.infer<typeof ZStatementFormat>;

export const ZStatementInput = z.object({ portfolioId: ZId, asOf: ZDay.optional(), format: ZStatementFormat });

/** Money is a 2-decimal string ("1234.50"); shares are numbers 0…1 rounded to 4 decimals. */
const ZStatementVenue = z.object({
  key: z.string(), label: z.string(), exposureUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(), share: z.number(),
});
/** Where a held cover stands on the statement's date: paying, not yet started, expired but still claimable, or over. */
export const ZCoverStanding = z.enum(["in_force", "not_started", "claim_window", "expired"]);
export type TCoverStanding = z.infer<typeof ZCoverStanding>;
export const STANDING_LABELS: Readonly<Record<TCoverStanding, string>> = {
  in_force: "In force", not_started: "Not started", claim_window: "Expired, claimable", expired: "Expired",
};

const ZStatementCover = z.object({
  id: z.string(), provider: z.string(), product: z.string(), coverageType: z.string(), amountUsd: z.string(),
  standing: ZCoverStanding,
  startsAt: z.string(),
  /** The first day the cover no longer counts. */
  expiresAt: z.string(),
  /** null = no known claim window. */
  lastClaimDay: z.string().nullable(),
  premiumUsd: z.string().nullable(),
  /** Premium per year as a % of the amount, 2 decimals; null without a premium. */
  annualRatePct: z.string().nullable(),
});
const ZStatementGap = z.object({
  positionId: z.string(), label: z.string(), venue: z.string(), valueUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(),
});
const ZStatementProvider = z.object({ key: z.string(), label: z.string(), insuredUsd: z.string(), share: z.number(), concentrated: z.boolean() });
const ZStatementAlert = z.object({ code: z.string(), severity: z.string(), title: z.string(), count: z.number().int(), totalUsd: z.string().nullable() });
const ZStatementSource = z.object({ name: z.string(), date: z.string().nullable() });

export const ZStatement = z.object({
  portfolio: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  generatedOn: z.string(),
  method: z.string(),
  totals: z.object({ exposureUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(), wastedUsd: z.string(), share: z.number() }),
  venues: z.array(ZStatementVenue),
  covers: z.array(ZStatementCover),
  gapThresholdUsd: z.string(),
  gaps: z.array(ZStatementGap),
  providers: z.array(ZStatementProvider),
  alerts: z.array(ZStatementAlert),
  sources: z.array(ZStatementSource),
});
export type TStatement = z.infer<typeof ZStatement>;

export const ZStatementOutput = z.object({
  format: ZStatementFormat,
  filename: z.string(),
  contentType: z.string(),
  content: z.string(),
  /** The structured statement: always given for json (the page reads it). */
  statement: ZStatement.optional(),
});
export type TStatementOutput = z.infer<typeof ZStatementOutput>;
