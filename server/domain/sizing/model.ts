import type { ExactCents, SmallRatio } from "./cents";
import type { RiskType, VenueKind } from "./types";

/** Internal, parsed form of the input: money as integer cents (see cents.ts), dates as day numbers. */

export type DeductibleTerms =
  | { readonly kind: "none" }
  /** `pct` is the percentage itself as a ratio: "2.5" → 25 / 10. */
  | { readonly kind: "pct_of_loss" | "pct_of_cover"; readonly pct: SmallRatio }
  | { readonly kind: "fixed_usd"; readonly cents: number };

export type PositionModel = {
  readonly index: number;
  readonly id: string;
  readonly valueCents: number;
  readonly venueKind: VenueKind;
  readonly venue: string;
  readonly chain: string;
  readonly risks: readonly RiskType[];
  /** Every cover linked to this position, applying or not, in cover input order (set by linkCovers). */
  links: CoverLink[];
};

export type CoverModel = {
  readonly index: number;
  readonly id: string;
  readonly providerKey: string;
  readonly coverageType: RiskType;
  readonly amountCents: number;
  readonly deductible: DeductibleTerms;
  readonly startDay: number;
  readonly endDay: number;
  readonly claimWindowDays: number;
  /** startsAt ≤ asOf < expiresAt */
  readonly counts: boolean;
  /** null = any venue / any chain */
  readonly venues: ReadonlySet<string> | null;
  readonly chains: ReadonlySet<string> | null;
  readonly positionIds: readonly string[];
};

export type CoverLink = {
  readonly cover: CoverModel;
  readonly position: PositionModel;
  /** Index of the cover's type among the position's risks; -1 when the cover does not apply. */
  readonly riskIndex: number;
  /** The cover's `counts`, kept here too: the hot loops then need not visit the cover. */
  readonly counts: boolean;
  /** This position's cents of the cover amount (0 when it does not apply). */
  allocCents: number;
  /** What the cover pays on a total loss of the position to that risk, exact. */
  pay: ExactCents;
};

export type ResolvedSettings = {
  readonly targetRatio: SmallRatio;
  readonly expiringDays: number;
  readonly minUninsuredCents: number;
  readonly timelineDays: number;
};

export const PROVIDER_UNKNOWN = "unknown";
