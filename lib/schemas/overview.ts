import { z } from "zod";
import { ZAlertList } from "./alert";
import { ZDay, ZId } from "./primitives";

export const ZOverviewInput = z.object({ portfolioId: ZId, asOf: ZDay.optional() });

/** A breakdown row; `others` counts the groups folded into an "Others" row (0 for a named one). */
const ZOverviewRow = z.object({ key: z.string(), label: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(), others: z.number().int() });
export type TOverviewRow = z.infer<typeof ZOverviewRow>;

/** A day on the cover cliff: the insured total from then on (null: unchanged), and the covers that start or expire. */
const ZCliffEvent = z.object({
  date: z.string(),
  insuredUsd: z.string().nullable(),
  starts: z.array(z.string()), startsMore: z.number().int(),
  expires: z.array(z.string()), expiresMore: z.number().int(),
});
export type TCliffEvent = z.infer<typeof ZCliffEvent>;

/** What the dashboard shows and nothing more: its size does not grow with per-position detail. */
export const ZOverview = z.object({
  portfolio: z.object({ id: z.string(), name: z.string() }),
  asOf: z.string(),
  targetRatio: z.number(),
  counts: z.object({ positions: z.number().int(), covers: z.number().int(), coversInForce: z.number().int() }),
  totals: z.object({ valueUsd: z.string(), insuredUsd: z.string(), uninsuredUsd: z.string(), wastedUsd: z.string(), ratio: z.number() }),
  breakdowns: z.object({
    byProvider: z.array(ZOverviewRow), byChain: z.array(ZOverviewRow), byVenue: z.array(ZOverviewRow),
    byVenueKind: z.array(ZOverviewRow), byRisk: z.array(ZOverviewRow),
  }),
  alerts: ZAlertList,
  cliff: z.object({ points: z.array(z.object({ date: z.string(), insuredUsd: z.string() })), events: z.array(ZCliffEvent) }),
});
export type TOverview = z.infer<typeof ZOverview>;
