import type { RiskType } from "@/server/domain/sizing/types";

export type IncidentForMatch = { venueSlug: string | null; chains: readonly string[]; kind: RiskType };
export type PositionForMatch = { venue: string; chain: string; risks: readonly RiskType[] };

/**
 * DESIGN §11: an incident affects a position when its venue is the position's venue or that
 * venue's family, its chains include the position's chain (an incident that names no chain
 * matches any), and its kind is one of the position's risks. An unresolved incident (no venue
 * slug) affects nothing: a name alone is not enough to tell a treasurer their position was hit.
 */
export function incidentAffects(incident: IncidentForMatch, position: PositionForMatch, familyOf: ReadonlyMap<string, string>): boolean {
  if (incident.venueSlug === null) return false;
  const venueMatches = incident.venueSlug === position.venue || incident.venueSlug === familyOf.get(position.venue);
  if (!venueMatches) return false;
  if (incident.chains.length > 0 && !incident.chains.includes(position.chain)) return false;
  return position.risks.includes(incident.kind);
}
