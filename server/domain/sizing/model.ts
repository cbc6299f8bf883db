import type { SmallRatio } from "./cents";
import type { StringIndex } from "./string-index";
import { RISK_TYPES, type RiskType, type SizingCoverInput, type SizingPositionInput } from "./types";

/**
 * Internal, parsed form of the input: money as integer cents (see cents.ts), dates as day
 * numbers. Held column by column in typed arrays indexed by position, cover or link rather than
 * as an object per item: tens of thousands of small objects that live through the whole sizing
 * were copied again and again by the young-generation garbage collector, and typed-array
 * contents live outside the JS heap.
 */

export type PositionTable = {
  readonly count: number;
  readonly inputs: readonly SizingPositionInput[];
  readonly ids: readonly string[];
  readonly indexById: StringIndex;
  readonly valueCents: Float64Array;
  /** Each position's risks, primary first (shared, read-only lists). */
  readonly risks: readonly (readonly RiskType[])[];
  /**
   * A row of RISK_ROW bytes per position: the codes (see riskCodeOf) of its first
   * RISK_CODE_COUNT risks, -1 for none or a string that is no risk type, then how many risks it
   * has (at most 127). A link finds its risk index in one short scan of bytes near each other.
   */
  readonly riskRows: Int8Array;
};

export const RISK_CODE_COUNT = RISK_TYPES.length;
export const RISK_ROW = RISK_CODE_COUNT + 1;

/** Index of the cover type (code `typeCode`, see riskCodeOf) among the position's risks, or -1. */
export function riskIndexOf(positions: PositionTable, position: number, typeCode: number, type: string): number {
  const row = position * RISK_ROW;
  const riskCount = positions.riskRows[row + RISK_CODE_COUNT] ?? 0;
  if (typeCode < 0 || riskCount > RISK_CODE_COUNT) return positions.risks[position]?.indexOf(type as RiskType) ?? -1;
  for (let index = 0; index < riskCount; index++) if (positions.riskRows[row + index] === typeCode) return index;
  return -1;
}

export const DEDUCTIBLE_NONE = 0;
export const DEDUCTIBLE_PCT_OF_LOSS = 1;
export const DEDUCTIBLE_PCT_OF_COVER = 2;
export const DEDUCTIBLE_FIXED_USD = 3;

export type CoverTable = {
  readonly count: number;
  readonly inputs: readonly SizingCoverInput[];
  readonly ids: readonly string[];
  /** The code of the coverage type (see riskCodeOf), or -1. */
  readonly typeCode: Int8Array;
  readonly amountCents: Float64Array;
  /** One of the DEDUCTIBLE_* codes; a percentage is dedNum / dedDen, a fixed excess dedNum cents. */
  readonly dedKind: Uint8Array;
  readonly dedNum: Float64Array;
  readonly dedDen: Float64Array;
  readonly startDay: Int32Array;
  readonly endDay: Int32Array;
  readonly claimWindowDays: Float64Array;
  /** 1 when startsAt ≤ asOf < expiresAt */
  readonly counts: Uint8Array;
  /** SCOPED_VENUES | SCOPED_CHAINS when the list is given without "*" (then read from the input). */
  readonly scoped: Uint8Array;
  /** Index into providerKeys. */
  readonly provider: Int32Array;
  readonly providerKeys: readonly string[];
};

export const SCOPED_VENUES = 1;
export const SCOPED_CHAINS = 2;

/**
 * Every (cover, distinct known position) pair, in cover input order: those of cover c are
 * [coverStart[c], coverStart[c + 1]). Each position's links, in cover input order, are
 * positionLinks[positionStart[p] .. positionStart[p + 1]).
 * A pay is exact: payWhole + payRem / payDen cents with 0 ≤ payRem < payDen (payRem 0 when whole).
 */
export type LinkTable = {
  readonly count: number;
  readonly coverStart: Int32Array;
  readonly cover: Int32Array;
  readonly position: Int32Array;
  /** Index of the cover's type among the position's risks; -1 when the cover does not apply. */
  readonly riskIndex: Int32Array;
  /** This position's cents of the cover amount (0 when it does not apply). */
  readonly allocCents: Float64Array;
  readonly payWhole: Float64Array;
  readonly payRem: Float64Array;
  readonly payDen: Float64Array;
  readonly positionStart: Int32Array;
  readonly positionLinks: Int32Array;
};

export type SizingModel = {
  readonly asOfDay: number;
  readonly settings: ResolvedSettings;
  readonly positions: PositionTable;
  readonly covers: CoverTable;
  readonly links: LinkTable;
};

export type ResolvedSettings = {
  readonly targetRatio: SmallRatio;
  readonly expiringDays: number;
  readonly minUninsuredCents: number;
  readonly timelineDays: number;
};

export const PROVIDER_UNKNOWN = "unknown";
