import { z } from "zod";
import { KNOWN_CHAINS } from "@/lib/chains";
import { VENUE_KINDS } from "./primitives";

export const MAX_VENUE_QUERY = 100;
export const MAX_VENUE_RESULTS = 50;

export const ZVenueSearchInput = z.object({
  q: z.string().max(MAX_VENUE_QUERY, `At most ${MAX_VENUE_QUERY} characters`).optional(),
  kind: z.enum(VENUE_KINDS, { error: `Unknown venue kind: use one of ${VENUE_KINDS.join(", ")}` }).optional(),
  chain: z.enum(KNOWN_CHAINS, { error: `Unknown chain: use one of ${KNOWN_CHAINS.join(", ")}` }).optional(),
  limit: z.number().int().min(1).max(MAX_VENUE_RESULTS).optional(),
}).optional();
export type TVenueSearchInput = z.infer<typeof ZVenueSearchInput>;

export const ZVenue = z.object({
  slug: z.string(),
  name: z.string(),
  kind: z.enum(VENUE_KINDS),
  category: z.string(),
  chains: z.array(z.string()),
  /** For a protocol, the family it belongs to; for a family, its own slug. */
  family: z.string().nullable(),
  isFamily: z.boolean(),
});
export type TVenue = z.infer<typeof ZVenue>;

export const ZVenueSearchOutput = z.array(ZVenue);

export const ZGetVenuesInput = z.object({ slugs: z.array(z.string().max(64)).max(200) });
/** The catalog's venues among the slugs asked for; a slug not in the catalog is simply absent. */
export const ZGetVenuesOutput = z.array(ZVenue);
