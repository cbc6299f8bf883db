import { z } from "zod";
import { KNOWN_CHAINS } from "@/lib/chains";
import { ZCoverageType, ZDay } from "./primitives";

/** One incident of the catalog (DESIGN §11), as the incidents page lists it. */
export const ZIncident = z.object({
  id: z.string(),
  date: z.string(),
  /** The name as the source gives it. */
  venueName: z.string(),
  /** The venue catalog's slug it resolved to (slug, alias, family, then exact name); null = unresolved. */
  venueSlug: z.string().nullable(),
  /** The venue catalog's name for venueSlug, when resolved. */
  venueCatalogName: z.string().nullable(),
  chains: z.array(z.string()),
  kind: ZCoverageType,
  /** Loss in USD when the source states one; else null and lossText says what it said. */
  lossUsd: z.string().nullable(),
  lossText: z.string().nullable(),
  rootCause: z.string().nullable(),
  references: z.array(z.string()),
  /** Where the row comes from: a URL, and the repository/path/commit when it is a repository. */
  source: z.object({ label: z.string(), url: z.string().nullable(), license: z.string().nullable() }),
  asOf: z.string(),
});
export type TIncident = z.infer<typeof ZIncident>;

export const INCIDENT_PAGE_MAX = 100;

export const ZIncidentListInput = z.object({
  /** Matched against the venue name, the resolved slug and the root cause, case-insensitive. */
  q: z.string().trim().max(100, "At most 100 characters").optional(),
  venue: z.string().trim().min(1).max(64, "At most 64 characters").optional(),
  chain: z.enum(KNOWN_CHAINS, { error: `Unknown chain: use one of ${KNOWN_CHAINS.join(", ")}` }).optional(),
  kind: ZCoverageType.optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  /** The previous page's nextCursor. */
  cursor: z.string().max(200, "Not a valid cursor").optional(),
  limit: z.number().int().min(1, "At least 1").max(INCIDENT_PAGE_MAX, `At most ${INCIDENT_PAGE_MAX}`).optional(),
}).refine((i) => !i.from || !i.to || i.from <= i.to, { path: ["to"], message: "Must be on or after the start date" });
export type TIncidentListInput = z.infer<typeof ZIncidentListInput>;

export const ZIncidentList = z.object({
  /** Newest first (date, then id). */
  items: z.array(ZIncident),
  /** Pass as cursor for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
  /** How many match the filters in all. */
  total: z.number().int(),
});
export type TIncidentList = z.infer<typeof ZIncidentList>;

/** DESIGN §11: what the incidents of the last days did to a portfolio, and what to file by when. */
export const ZIncidentImpactInput = z.object({
  portfolioId: z.string().min(1, "Required").max(64, "Not a valid id").regex(/^[\w-]+$/, "Not a valid id"),
  /** How far back from asOf; default the user's incidentLookbackDays setting (90). */
  lookbackDays: z.number().int("Whole days").min(1, "At least 1 day").max(3650, "At most 3,650 days (10 years)").optional(),
  /** The day to look back from and count days left to; default today. */
  asOf: ZDay.optional(),
});
export type TIncidentImpactInput = z.infer<typeof ZIncidentImpactInput>;

export const ZImpactCover = z.object({
  coverId: z.string(),
  name: z.string(),
  providerName: z.string().nullable(),
  amountUsd: z.string(),
  /** What the sizing counted it to pay for this position on the incident day. */
  paysUsd: z.string(),
  expiresAt: z.string(),
  claimWindowDays: z.number().int().nullable(),
  /** expiresAt + claimWindowDays, never before the incident; null = claim window unknown. */
  lastDayToFile: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  claimsModel: z.string().nullable(),
  evidence: z.array(z.string()),
});

export const ZIncidentImpact = z.object({
  portfolioId: z.string(),
  asOf: z.string(),
  lookbackDays: z.number().int(),
  incidents: z.array(z.object({
    incident: ZIncident,
    positions: z.array(z.object({
      positionId: z.string(),
      label: z.string(),
      chain: z.string(),
      /** The incident's kind, sized on the incident day. */
      exposureUsd: z.string(),
      insuredUsd: z.string(),
      uninsuredUsd: z.string(),
      covers: z.array(ZImpactCover),
    })),
  })),
});
export type TIncidentImpact = z.infer<typeof ZIncidentImpact>;
