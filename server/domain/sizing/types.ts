/**
 * Public types of the sizing module (DESIGN §3). Money is a decimal string in ("1234.5") and a
 * string with exactly two decimals out ("1234.50"); dates are UTC calendar days "YYYY-MM-DD".
 */

export const RISK_TYPES = [
  "protocol_exploit",
  "depeg",
  "custody_theft",
  "exchange_halt",
  "slashing",
  "bridge",
  "oracle",
  "parametric_other",
  "fund_portfolio",
  "audit_bundled",
] as const;
export type RiskType = (typeof RISK_TYPES)[number];

export type VenueKind = "defi" | "cex" | "custodian" | "wallet";
export type AssetKind = "stablecoin" | "lst" | "native" | "other";
export type DeductibleKind = "pct_of_loss" | "pct_of_cover" | "fixed_usd";

/** Position flags, in the order they appear inside a position's `flags` list. */
export const FLAG_CODES = [
  "no_cover_market",
  "uninsured",
  "under_insured",
  "over_insured",
  "expiring_soon",
  "expired",
  "not_started",
  "claim_window_open",
  "scope_mismatch",
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type SizingPositionInput = {
  id: string;
  valueUsd: string;
  venueKind: VenueKind;
  venue: string;
  chain: string;
  asset: string;
  assetKind: AssetKind;
  /** Explicit risk list, used exactly in its order; absent = derived from venue kind and asset kind; [] = no risk. */
  risks?: RiskType[];
};

export type Deductible = { kind: DeductibleKind; value: string };

export type SizingCoverInput = {
  id: string;
  /** Absent for a cover bought elsewhere with no known provider: grouped under "unknown". */
  providerSlug?: string;
  coverageType: RiskType;
  amountUsd: string;
  deductible?: Deductible;
  startsAt: string;
  expiresAt: string;
  positionIds: string[];
  /** Venue scope; absent or containing "*" = any venue; [] = no venue. */
  venues?: string[];
  /** Chain scope; absent or containing "*" = any chain; [] = no chain. */
  chains?: string[];
  /** Days after expiry during which a claim can still be filed; absent = 0 (no window). */
  claimWindowDays?: number;
};

export type SizingSettings = {
  targetRatio?: number;
  expiringDays?: number;
  minUninsuredUsd?: string;
  timelineDays?: number;
};

export type SizingInput = {
  asOf: string;
  positions: SizingPositionInput[];
  covers: SizingCoverInput[];
  settings?: SizingSettings;
};

export type CoverShare = { coverId: string; allocatedUsd: string; payUsd: string };

export type RiskSizing = {
  risk: RiskType;
  exposureUsd: string;
  insuredUsd: string;
  uninsuredUsd: string;
  wastedUsd: string;
  covers: CoverShare[];
};

export type PositionFlag = { code: FlagCode; coverIds: string[]; until?: string };

export type PositionSizing = {
  id: string;
  valueUsd: string;
  primaryRisk: RiskType | null;
  insuredUsd: string;
  uninsuredUsd: string;
  wastedUsd: string;
  ratio: number;
  risks: RiskSizing[];
  flags: PositionFlag[];
};

export type SizingTotals = {
  valueUsd: string;
  insuredUsd: string;
  uninsuredUsd: string;
  wastedUsd: string;
  ratio: number;
};

export type BreakdownKey = "byProvider" | "byChain" | "byVenue" | "byVenueKind" | "byRisk";
export type BreakdownRow = { key: string; insuredUsd: string; uninsuredUsd: string };
export type Breakdowns = Record<BreakdownKey, BreakdownRow[]>;

export type PortfolioFlag = { code: "provider_concentration"; key: string; share: number };

export type TimelinePoint = { date: string; insuredUsd: string };

export type SizingResult = {
  asOf: string;
  positions: PositionSizing[];
  totals: SizingTotals;
  breakdowns: Breakdowns;
  portfolioFlags: PortfolioFlag[];
  timeline: TimelinePoint[];
};
