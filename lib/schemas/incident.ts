import { z } from "zod";
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
  chain: z.string().trim().min(1).max(64, "At most 64 characters").optional(),
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
