import { RISK_TYPES, type AssetKind, type RiskType, type SizingPositionInput, type VenueKind } from "./types";

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

type RiskFields = Pick<SizingPositionInput, "venueKind" | "assetKind" | "risks">;

/**
 * The risks a position carries, primary first (shared, read-only list).
 * A given `risks` override is used exactly, in its order — an empty one means no risk at all
 * (no_cover_market); only an absent one is derived. The database stores "no override" as [],
 * which the summary mapping turns into absent before it gets here. A repeated risk in an
 * override is kept once.
 */
export function positionRisks(position: RiskFields): readonly RiskType[] {
  if (position.risks) return [...new Set(position.risks)];
  return DERIVED.get(position.venueKind)?.get(position.assetKind) ?? [];
}

/** DESIGN §3.1 as a fresh list the caller may keep. */
export function risksOf(position: RiskFields): RiskType[] {
  return [...positionRisks(position)];
}

const RISK_CODES = new Map<string, number>(RISK_TYPES.map((risk, code) => [risk, code]));

/** A risk type's index in RISK_TYPES (its code), or -1 for a string that is none. */
export function riskCodeOf(risk: string): number {
  return RISK_CODES.get(risk) ?? -1;
}
