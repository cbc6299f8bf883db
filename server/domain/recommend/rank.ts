import { Decimal } from "../money";
import type { ClaimsModel } from "./types";

/**
 * Claims-model preference, most certain payout first:
 * 1. parametric — an objective trigger pays without anyone judging the loss;
 * 2. automated_rules — on-chain rules, also objective, but narrower and younger wordings;
 * 3. insurer_adjusted — a regulated insurer's adjuster: a legal right to be paid, but slower and
 *    open to interpretation of the wording;
 * 4. custodian_policy — the custodian's crime policy: it pays the custodian, often for losses
 *    pooled across all its clients, not the holder directly;
 * 5. discretionary_vote — members vote and may refuse; there is no contractual right to payout.
 * Unknown claims model ranks after all of these.
 */
export const CLAIMS_MODEL_ORDER: readonly ClaimsModel[] = [
  "parametric",
  "automated_rules",
  "insurer_adjusted",
  "custodian_policy",
  "discretionary_vote",
];

export type RankKey = {
  providerScore: number;
  /** The product names the position's venue itself (not through "*"); absent = false. */
  venueListed?: boolean;
  /** The value guard marked it poor value; absent = false. */
  poorValue?: boolean;
  /** The annual premium % it is priced at, null = quote only. */
  pricePct: string | null;
  claimsModel: ClaimsModel | null;
  productName: string;
  productId: string;
};

const claimsIndex = (m: ClaimsModel | null): number =>
  m === null ? CLAIMS_MODEL_ORDER.length : CLAIMS_MODEL_ORDER.indexOf(m);

/** Scores are compared at 2 decimals so floating-point noise in the weighting never decides. */
const score2 = (s: number): number => Math.round(s * 100);

/**
 * A purchase worth its price before a poor-value one (DESIGN §10), then DESIGN §5 step 4: provider
 * score (desc), then a product that names the venue before one that covers it only through "*"
 * (so a provider's own listing for the venue, e.g. Nexus Mutual's "Aave v3 — Protocol Cover",
 * comes before its generic products: they share the provider score), then cost (asc, quote-only
 * last), then claims model, then name and id so the order is total and stable. Cost is compared
 * as the premium rate it is priced at — the cost per dollar of cover — rather than the
 * suggestion's total: a partial suggestion capped by capacity costs less only because it covers
 * less, and must not outrank a full one for that.
 */
export function compareRank(a: RankKey, b: RankKey): number {
  const byValue = Number(a.poorValue ?? false) - Number(b.poorValue ?? false);
  if (byValue !== 0) return byValue;
  const byScore = score2(b.providerScore) - score2(a.providerScore);
  if (byScore !== 0) return byScore;
  const byVenue = Number(b.venueListed ?? false) - Number(a.venueListed ?? false);
  if (byVenue !== 0) return byVenue;
  const byCost = compareRate(a.pricePct, b.pricePct);
  if (byCost !== 0) return byCost;
  const byClaims = claimsIndex(a.claimsModel) - claimsIndex(b.claimsModel);
  if (byClaims !== 0) return byClaims;
  if (a.productName !== b.productName) return a.productName < b.productName ? -1 : 1;
  return a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0;
}

function compareRate(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return new Decimal(a).comparedTo(new Decimal(b));
}

/** Sorts a copy and numbers it from 1. */
export function rankSuggestions<T extends RankKey>(items: readonly T[]): (T & { rank: number })[] {
  return [...items].sort(compareRank).map((item, i) => ({ ...item, rank: i + 1 }));
}
