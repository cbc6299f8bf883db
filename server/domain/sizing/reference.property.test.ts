import DecimalBase from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portfolioArb } from "./sizing-arbitraries";
import { risksOf, sizePortfolio } from "./size-portfolio";
import type { RiskSizing, SizingCoverInput, SizingInput, SizingPositionInput } from "./types";

/**
 * The money math of DESIGN §3.2 written again the slow, obvious way — decimal.js with 100
 * digits, straight from the formulas — and compared with sizePortfolio, whose integer-cent and
 * BigInt paths must give the exact-decimal figures to the cent.
 */

/** Generous: the runs take a second or two, but a loaded machine must not make them time out. */
const PROPERTY_TIMEOUT_MS = 60_000;

const Decimal = DecimalBase.clone({ precision: 100, rounding: DecimalBase.ROUND_HALF_UP });
type Decimal = InstanceType<typeof Decimal>;
const HALF_UP = Decimal.ROUND_HALF_UP;

const toCents = (money: string): Decimal => new Decimal(money).toDecimalPlaces(2, HALF_UP);
const show = (money: Decimal): string => money.toFixed(2, HALF_UP);
const min = (a: Decimal, b: Decimal): Decimal => (a.lessThan(b) ? a : b);
const max = (a: Decimal, b: Decimal): Decimal => (a.greaterThan(b) ? a : b);

function applies(cover: SizingCoverInput, position: SizingPositionInput): boolean {
  const inScope = (list: string[] | undefined, value: string) =>
    !list || list.length === 0 || list.includes("*") || list.includes(value);
  return risksOf(position).includes(cover.coverageType) && inScope(cover.venues, position.venue) && inScope(cover.chains, position.chain);
}

/** Allocation in whole cents: ⌊A·E/ΣE⌋, left-over cents by remainder, exposure, id. */
function allocate(amount: Decimal, positions: SizingPositionInput[]): Map<string, Decimal> {
  const amountCents = amount.times(100);
  const exposures = positions.map((position) => toCents(position.valueUsd).times(100));
  const total = exposures.reduce((sum, exposure) => sum.plus(exposure), new Decimal(0));
  const weights = total.isZero() ? exposures.map(() => new Decimal(1)) : exposures;
  const divisor = total.isZero() ? new Decimal(positions.length) : total;
  const shares = weights.map((weight, index) => ({
    id: positions[index]?.id ?? "",
    exposure: exposures[index] ?? new Decimal(0),
    cents: amountCents.times(weight).divToInt(divisor),
    remainder: amountCents.times(weight).mod(divisor),
  }));
  let leftOver = amountCents.minus(shares.reduce((sum, share) => sum.plus(share.cents), new Decimal(0))).toNumber();
  const ranked = [...shares].sort(
    (a, b) => b.remainder.comparedTo(a.remainder) || b.exposure.comparedTo(a.exposure) || (a.id < b.id ? -1 : 1),
  );
  for (const share of ranked) if (leftOver-- > 0) share.cents = share.cents.plus(1);
  return new Map(shares.map((share) => [share.id, share.cents.div(100)]));
}

function pay(cover: SizingCoverInput, alloc: Decimal, exposure: Decimal): Decimal {
  const amount = toCents(cover.amountUsd);
  const deductible = cover.deductible;
  if (!deductible) return min(alloc, exposure);
  const d = new Decimal(deductible.value);
  if (deductible.kind === "pct_of_loss") return min(alloc, exposure.times(new Decimal(1).minus(d.div(100))));
  if (deductible.kind === "pct_of_cover") return min(alloc, max(new Decimal(0), exposure.minus(alloc.times(d).div(100))));
  if (amount.isZero()) return new Decimal(0);
  return min(alloc, max(new Decimal(0), exposure.minus(toCents(deductible.value).times(alloc).div(amount))));
}

/** Every (position id, risk) → its expected row. */
function referenceRows(input: SizingInput): Map<string, RiskSizing> {
  const asOf = input.asOf;
  const byId = new Map(input.positions.map((position) => [position.id, position]));
  const entries = new Map<string, { exposure: Decimal; covers: { coverId: string; alloc: Decimal; pay: Decimal }[] }>();
  for (const position of input.positions) {
    for (const risk of risksOf(position)) entries.set(`${position.id}/${risk}`, { exposure: toCents(position.valueUsd), covers: [] });
  }
  for (const cover of input.covers) {
    if (!(cover.startsAt <= asOf && asOf < cover.expiresAt)) continue;
    const linked = [...new Set(cover.positionIds)].flatMap((id) => byId.get(id) ?? []);
    const applying = linked.filter((position) => applies(cover, position));
    const allocations = allocate(toCents(cover.amountUsd), applying);
    for (const position of applying) {
      const entry = entries.get(`${position.id}/${cover.coverageType}`);
      const alloc = allocations.get(position.id) ?? new Decimal(0);
      entry?.covers.push({ coverId: cover.id, alloc, pay: pay(cover, alloc, entry.exposure) });
    }
  }
  const rows = new Map<string, RiskSizing>();
  for (const [key, { exposure, covers }] of entries) {
    const insured = min(exposure, covers.reduce((sum, share) => sum.plus(share.pay), new Decimal(0))).toDecimalPlaces(2, HALF_UP);
    const allocated = covers.reduce((sum, share) => sum.plus(share.alloc), new Decimal(0));
    rows.set(key, {
      risk: key.split("/")[1] as RiskSizing["risk"],
      exposureUsd: show(exposure),
      insuredUsd: show(insured),
      uninsuredUsd: show(exposure.minus(insured)),
      wastedUsd: show(max(new Decimal(0), allocated.minus(exposure))),
      covers: covers.map((share) => ({ coverId: share.coverId, allocatedUsd: show(share.alloc), payUsd: show(share.pay) })),
    });
  }
  return rows;
}

describe("sizePortfolio equals the exact-decimal reference", () => {
  it("on every (position, risk): allocations, pays, insured, uninsured, wasted", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const expected = referenceRows(input);
        for (const position of sizePortfolio(input).positions) {
          for (const risk of position.risks) expect(risk).toEqual(expected.get(`${position.id}/${risk.risk}`));
        }
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
