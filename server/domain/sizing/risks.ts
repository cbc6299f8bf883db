import type { AssetKind, RiskType, SizingPositionInput, VenueKind } from "./types";

/** DESIGN §3.1: the venue kind gives the first risks... */
const VENUE_RISKS: Record<VenueKind, readonly RiskType[]> = {
  defi: ["protocol_exploit"],
  cex: ["exchange_halt", "custody_theft"],
  custodian: ["custody_theft"],
  wallet: [],
};

/** ...then the asset kind appends its own. */
const ASSET_RISKS: Record<AssetKind, readonly RiskType[]> = {
  stablecoin: ["depeg"],
  lst: ["depeg", "slashing"],
  native: [],
  other: [],
};

/** Every venue kind × asset kind combination, built once and shared by all positions. */
const DERIVED = new Map<VenueKind, ReadonlyMap<AssetKind, readonly RiskType[]>>(
  (Object.keys(VENUE_RISKS) as VenueKind[]).map((venueKind) => [
    venueKind,
    new Map(
      (Object.keys(ASSET_RISKS) as AssetKind[]).map((assetKind) => [
        assetKind,
        Object.freeze([...VENUE_RISKS[venueKind], ...ASSET_RISKS[assetKind]]),
      ]),
    ),
  ]),
);

/**
 * The risks a position carries, primary first (shared, read-only list).
 * An empty `risks` override counts as absent: the database stores "no override" as an empty
 * list (schema: "empty = derived"), so reading [] as "no risk at all" would silently turn
 * every stored position into `no_cover_market`. A repeated risk in an override is kept once.
 */
type RiskFields = Pick<SizingPositionInput, "venueKind" | "assetKind" | "risks">;

export function positionRisks(position: RiskFields): readonly RiskType[] {
  if (position.risks && position.risks.length > 0) return [...new Set(position.risks)];
  return DERIVED.get(position.venueKind)?.get(position.assetKind) ?? [];
}

/** DESIGN §3.1 as a fresh list the caller may keep. */
export function risksOf(position: RiskFields): RiskType[] {
  return [...positionRisks(position)];
}
