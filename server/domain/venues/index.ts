export { venueKey, withoutRemark } from "./normalize";
export { venueResolver, type VenueMatch, type VenueResolver } from "./resolve-venue";
export { searchVenues, type VenueQuery } from "./search-venues";
export type { VenueEntry, VenueKind } from "./types";
