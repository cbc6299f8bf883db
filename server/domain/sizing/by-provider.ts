import { allocateLargestRemainder, allocateLargestRemainderBig, compareIds } from "./allocate";
import { formatCents, ratio4 } from "./cents";
import { PROVIDER_UNKNOWN, type CoverLink } from "./model";
import { PaySum } from "./pay-sum";
import type { RiskFigures } from "./risk-figures";
import type { BreakdownRow, PortfolioFlag } from "./types";

/**
 * byProvider (DESIGN §3.4): each position's primary insured cents are shared among the
 * providers whose covers pay it, in proportion to their exact pay, cents by largest remainder
 * (ties: larger pay, then smaller key). Pays of one provider's covers are added first, so a
 * provider with two covers on a position is not rounded twice. Only providers with a share
 * above 0.00 appear; uninsured is "0.00" by definition.
 * Adds one position's shares to `totals` (provider key → insured cents).
 */
export function addProviderShares(primary: RiskFigures, totals: Map<string, number>): void {
  if (primary.insured === 0) return;
  const soleKey = soleProvider(primary.links);
  if (soleKey !== null) {
    totals.set(soleKey, (totals.get(soleKey) ?? 0) + primary.insured);
    return;
  }
  const { keys, shares } = shareAmongProviders(primary.insured, primary.links);
  keys.forEach((key, index) => totals.set(key, (totals.get(key) ?? 0) + (shares[index] ?? 0)));
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

/**
 * Whole-cent pays (the common case) are summed per provider as numbers and used as weights
 * as they are; with a fraction of a cent among them, every provider's exact pay goes on one
 * common denominator.
 */
function shareAmongProviders(insured: number, links: readonly CoverLink[]): { keys: string[]; shares: number[] } {
  const keys: string[] = [];
  const wholePays: number[] = [];
  for (const link of links) {
    if (typeof link.pay !== "number") return shareExactly(insured, links);
    if (link.pay === 0) continue;
    const index = keys.indexOf(link.cover.providerKey);
    if (index >= 0) wholePays[index] = (wholePays[index] ?? 0) + link.pay;
    else {
      keys.push(link.cover.providerKey);
      wholePays.push(link.pay);
    }
  }
  return { keys, shares: allocateLargestRemainder(insured, wholePays, keys) };
}

function shareExactly(insured: number, links: readonly CoverLink[]): { keys: string[]; shares: number[] } {
  const keys: string[] = [];
  const pays: PaySum[] = [];
  for (const link of links) {
    if (link.pay === 0) continue;
    const index = keys.indexOf(link.cover.providerKey);
    if (index < 0) {
      keys.push(link.cover.providerKey);
      pays.push(new PaySum());
    }
    pays[index < 0 ? pays.length - 1 : index]?.add(link.pay);
  }
  const totals = pays.map((pay) => pay.total());
  let common = 1n;
  for (const den of new Set(totals.map((total) => total.den))) common *= den;
  const weights = totals.map(({ num, den }) => num * (common / den));
  return { keys, shares: allocateLargestRemainderBig(insured, weights, keys) };
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
