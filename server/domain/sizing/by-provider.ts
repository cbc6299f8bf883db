import { compareIds, type Splitter } from "./allocate";
import { formatCents, ratio4 } from "./cents";
import { PROVIDER_UNKNOWN, type SizingModel } from "./model";
import type { BreakdownRow, PortfolioFlag } from "./types";

/**
 * byProvider (DESIGN §3.4): each position's primary insured cents are shared among the covers
 * that pay it, in proportion to their exact pay, cents by largest remainder (ties: larger pay,
 * then smaller cover id); each cover's share then goes to its provider. The split is per cover,
 * not per provider: a provider with two covers on a position gets the sum of their two rounded
 * shares. Only providers with a share above 0.00 appear; uninsured is "0.00" by definition.
 * Adds one position's shares to `totals` (by provider index).
 */
export function addProviderShares(
  model: SizingModel,
  position: number,
  insured: number,
  totals: Float64Array,
  splitter: Splitter,
): void {
  if (insured === 0) return;
  const { links } = model;
  const { provider } = model.covers;
  const first = links.positionStart[position] ?? 0;
  const end = links.positionStart[position + 1] ?? 0;
  // the paying covers: those counting on the primary risk with a pay above 0 (the others get no share)
  let sole = -1; // their one provider (the common case: its covers' shares add up to the whole insured amount)
  let paying = 0;
  let fractional = false;
  for (let slot = first; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (!isPaying(model, at)) continue;
    const key = provider[links.cover[at] ?? 0] ?? 0;
    sole = paying === 0 || key === sole ? key : -2;
    paying++;
    fractional ||= links.payRem[at] !== 0;
  }
  if (paying === 0) return;
  if (sole >= 0) {
    totals[sole] = (totals[sole] ?? 0) + insured;
    return;
  }
  splitter.reserve(paying);
  let next = 0;
  for (let slot = first; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (!isPaying(model, at)) continue;
    // whole-cent pays are the weights as they are: their sum is bounded by the cover amounts
    splitter.weights[next] = links.payWhole[at] ?? 0;
    splitter.keys[next++] = model.covers.ids[links.cover[at] ?? 0] ?? "";
  }
  if (fractional) shareExactly(model, position, insured, splitter, paying);
  else splitter.split(insured, paying);
  next = 0;
  for (let slot = first; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (!isPaying(model, at)) continue;
    const key = provider[links.cover[at] ?? 0] ?? 0;
    totals[key] = (totals[key] ?? 0) + (splitter.parts[next] ?? 0);
    next++;
  }
}

function isPaying(model: SizingModel, at: number): boolean {
  const { links } = model;
  return (
    links.riskIndex[at] === 0 &&
    model.covers.counts[links.cover[at] ?? 0] === 1 &&
    (links.payWhole[at] !== 0 || links.payRem[at] !== 0)
  );
}

/**
 * With a fraction of a cent among the pays, every pay goes on one common denominator (the
 * product of their distinct denominators), in BigInt; the split's keys are already set.
 */
function shareExactly(model: SizingModel, position: number, insured: number, splitter: Splitter, paying: number): void {
  const { links } = model;
  const first = links.positionStart[position] ?? 0;
  const end = links.positionStart[position + 1] ?? 0;
  let common = 1n;
  for (let slot = first; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (!isPaying(model, at) || links.payRem[at] === 0) continue;
    const den = links.payDen[at] ?? 1;
    if (!hasEarlierDen(model, first, slot, den)) common *= BigInt(den);
  }
  let next = 0;
  for (let slot = first; slot < end; slot++) {
    const at = links.positionLinks[slot] ?? 0;
    if (!isPaying(model, at)) continue;
    const whole = BigInt(links.payWhole[at] ?? 0);
    const rem = links.payRem[at] ?? 0;
    const den = BigInt(rem === 0 ? 1 : (links.payDen[at] ?? 1));
    splitter.bigWeights[next++] = (whole * den + BigInt(rem)) * (common / den);
  }
  splitter.splitBig(insured, paying);
}

/** Whether a paying link before `slot` has a fraction with denominator `den`. */
function hasEarlierDen(model: SizingModel, first: number, slot: number, den: number): boolean {
  const { links } = model;
  for (let earlier = first; earlier < slot; earlier++) {
    const at = links.positionLinks[earlier] ?? 0;
    if (isPaying(model, at) && links.payRem[at] !== 0 && links.payDen[at] === den) return true;
  }
  return false;
}

export function providerRows(keys: readonly string[], insuredByProvider: Float64Array): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  keys.forEach((key, index) => {
    const insured = insuredByProvider[index] ?? 0;
    if (insured > 0) rows.push({ key, insuredUsd: formatCents(insured), uninsuredUsd: "0.00" });
  });
  return rows.sort((a, b) => compareIds(a.key, b.key));
}

/**
 * provider_concentration: one provider holds more than half of the insured total (exactly
 * 50 % is not flagged; compared in cents, not on the rounded share). Covers with no known
 * provider are grouped as "unknown" in byProvider, but that group may hold many providers, so
 * it never raises this flag.
 */
export function concentrationFlags(
  keys: readonly string[],
  insuredByProvider: Float64Array,
  totalInsured: number,
): PortfolioFlag[] {
  const flags: PortfolioFlag[] = [];
  keys.forEach((key, index) => {
    const insured = insuredByProvider[index] ?? 0;
    if (key === PROVIDER_UNKNOWN || 2 * insured <= totalInsured) return;
    flags.push({ code: "provider_concentration", key, share: ratio4(insured, totalInsured) });
  });
  return flags.sort((a, b) => compareIds(a.key, b.key));
}
