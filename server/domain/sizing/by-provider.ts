import { allocateLargestRemainder, allocateLargestRemainderBig, compareIds } from "./allocate";
import { formatCents, ratio4 } from "./cents";
import { PROVIDER_UNKNOWN, type CoverLink } from "./model";
import type { RiskFigures } from "./risk-figures";
import type { BreakdownRow, PortfolioFlag } from "./types";

/**
 * byProvider (DESIGN §3.4): each position's primary insured cents are shared among the covers
 * that pay it, in proportion to their exact pay, cents by largest remainder (ties: larger pay,
 * then smaller cover id); each cover's share then goes to its provider. The split is per cover,
 * not per provider: a provider with two covers on a position gets the sum of their two rounded
 * shares. Only providers with a share above 0.00 appear; uninsured is "0.00" by definition.
 * Adds one position's shares to `totals` (provider key → insured cents).
 */
export function addProviderShares(primary: RiskFigures, totals: Map<string, number>): void {
  if (primary.insured === 0) return;
  // one provider (the common case): its covers' shares add up to the whole insured amount
  const soleKey = soleProvider(primary.links);
  if (soleKey !== null) {
    totals.set(soleKey, (totals.get(soleKey) ?? 0) + primary.insured);
    return;
  }
  const paying = payingLinks(primary.links);
  const shares = shareAmongCovers(primary.insured, paying);
  paying.forEach((link, index) => {
    const key = link.cover.providerKey;
    totals.set(key, (totals.get(key) ?? 0) + (shares[index] ?? 0));
  });
}

/** The one provider whose covers pay this position (the common case), or null when there are several. */
function soleProvider(links: readonly CoverLink[]): string | null {
  let key: string | null = null;
  for (const link of links) {
    if (link.pay === 0) continue;
    if (key === null) key = link.cover.providerKey;
    else if (key !== link.cover.providerKey) return null;
  }
  return key;
}

/** The links that pay something, in an exact-size array: a cover paying 0 gets no share. */
function payingLinks(links: readonly CoverLink[]): CoverLink[] {
  let count = 0;
  for (const link of links) if (link.pay !== 0) count++;
  const paying = new Array<CoverLink>(count);
  let next = 0;
  for (const link of links) if (link.pay !== 0) paying[next++] = link;
  return paying;
}

/**
 * Whole-cent pays (the common case) are the weights as they are (their sum is bounded by the
 * cover amounts, so it is exact); with a fraction of a cent among them, every pay goes on one
 * common denominator, in BigInt. Ties go to the larger pay, then to the smaller cover id.
 */
function shareAmongCovers(insured: number, paying: readonly CoverLink[]): number[] {
  const coverIds = paying.map((link) => link.cover.id);
  const wholePays = new Array<number>(paying.length);
  for (let index = 0; index < paying.length; index++) {
    const pay = paying[index]?.pay ?? 0;
    if (typeof pay !== "number") return shareExactly(insured, paying, coverIds);
    wholePays[index] = pay;
  }
  return allocateLargestRemainder(insured, wholePays, coverIds);
}

function shareExactly(insured: number, paying: readonly CoverLink[], coverIds: readonly string[]): number[] {
  let common = 1n;
  for (const den of new Set(paying.map(({ pay }) => (typeof pay === "number" ? 1n : pay.den)))) common *= den;
  const weights = paying.map(({ pay }) =>
    typeof pay === "number" ? BigInt(pay) * common : pay.num * (common / pay.den),
  );
  return allocateLargestRemainderBig(insured, weights, coverIds);
}

export function providerRows(insuredByKey: ReadonlyMap<string, number>): BreakdownRow[] {
  return [...insuredByKey.entries()]
    .filter(([, insured]) => insured > 0)
    .sort((a, b) => compareIds(a[0], b[0]))
    .map(([key, insured]) => ({ key, insuredUsd: formatCents(insured), uninsuredUsd: "0.00" }));
}

/**
 * provider_concentration: one provider holds more than half of the insured total (exactly
 * 50 % is not flagged; compared in cents, not on the rounded share). Covers with no known
 * provider are grouped as "unknown" in byProvider, but that group may hold many providers, so
 * it never raises this flag.
 */
export function concentrationFlags(insuredByKey: ReadonlyMap<string, number>, totalInsured: number): PortfolioFlag[] {
  const flags: PortfolioFlag[] = [];
  for (const [key, insured] of insuredByKey) {
    if (key === PROVIDER_UNKNOWN || 2 * insured <= totalInsured) continue;
    flags.push({ code: "provider_concentration", key, share: ratio4(insured, totalInsured) });
  }
  return flags.sort((a, b) => compareIds(a.key, b.key));
}
