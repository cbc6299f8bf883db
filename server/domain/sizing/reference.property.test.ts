import DecimalBase from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nearTargetRatioArb, portfolioArb, stackedCoversArb } from "./sizing-arbitraries";
import { sizePortfolio } from "./size-portfolio";
import type {
  BreakdownRow,
  FlagCode,
  PositionFlag,
  RiskSizing,
  RiskType,
  SizingCoverInput,
  SizingInput,
  SizingPositionInput,
} from "./types";

/**
 * The money math of DESIGN §3.2 and §3.4 (byProvider) and the flags of §3.3 written again the
 * slow, obvious way — decimal.js with 100 digits, straight from the formulas and the words —
 * and compared with sizePortfolio, whose integer-cent and BigInt paths must give the
 * exact-decimal figures to the cent.
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

/** §3.1: exactly the given risks (a repeated one once), or derived only when none are given. */
function risksOf(position: SizingPositionInput): RiskType[] {
  if (position.risks) return [...new Set(position.risks)];
  const byVenue: Record<SizingPositionInput["venueKind"], RiskType[]> = {
    defi: ["protocol_exploit"],
    cex: ["exchange_halt", "custody_theft"],
    custodian: ["custody_theft"],
    wallet: [],
  };
  const byAsset: Record<SizingPositionInput["assetKind"], RiskType[]> = {
    stablecoin: ["depeg"],
    lst: ["depeg", "slashing"],
    native: [],
    other: [],
  };
  return [...byVenue[position.venueKind], ...byAsset[position.assetKind]];
}

/** Counting is by date only: startsAt ≤ asOf < expiresAt. */
function counts(cover: SizingCoverInput, asOf: string): boolean {
  return cover.startsAt <= asOf && asOf < cover.expiresAt;
}

/** Type among the position's risks, and scope absent or containing the venue / chain or "*" ([] matches nothing). */
function applies(cover: SizingCoverInput, position: SizingPositionInput): boolean {
  const inScope = (list: string[] | undefined, value: string) => !list || list.includes("*") || list.includes(value);
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

type ExactShare = { cover: SizingCoverInput; alloc: Decimal; pay: Decimal };
type ExactEntry = { exposure: Decimal; insured: Decimal; covers: ExactShare[] };

/** Every (position id, risk) → its exact figures: the covers that count and apply, with their alloc and pay. */
function referenceEntries(input: SizingInput): Map<string, ExactEntry> {
  const asOf = input.asOf;
  const byId = new Map(input.positions.map((position) => [position.id, position]));
  const entries = new Map<string, ExactEntry>();
  for (const position of input.positions) {
    for (const risk of risksOf(position)) {
      entries.set(`${position.id}/${risk}`, { exposure: toCents(position.valueUsd), insured: new Decimal(0), covers: [] });
    }
  }
  for (const cover of input.covers) {
    if (!counts(cover, asOf)) continue;
    const linked = [...new Set(cover.positionIds)].flatMap((id) => byId.get(id) ?? []);
    const applying = linked.filter((position) => applies(cover, position));
    const allocations = allocate(toCents(cover.amountUsd), applying);
    for (const position of applying) {
      const entry = entries.get(`${position.id}/${cover.coverageType}`);
      const alloc = allocations.get(position.id) ?? new Decimal(0);
      entry?.covers.push({ cover, alloc, pay: pay(cover, alloc, entry.exposure) });
    }
  }
  for (const entry of entries.values()) {
    const paid = entry.covers.reduce((sum, share) => sum.plus(share.pay), new Decimal(0));
    entry.insured = min(entry.exposure, paid).toDecimalPlaces(2, HALF_UP);
  }
  return entries;
}

/** Every (position id, risk) → its expected row. */
function referenceRows(entries: Map<string, ExactEntry>): Map<string, RiskSizing> {
  const rows = new Map<string, RiskSizing>();
  for (const [key, { exposure, insured, covers }] of entries) {
    const allocated = covers.reduce((sum, share) => sum.plus(share.alloc), new Decimal(0));
    rows.set(key, {
      risk: key.split("/")[1] as RiskSizing["risk"],
      exposureUsd: show(exposure),
      insuredUsd: show(insured),
      uninsuredUsd: show(exposure.minus(insured)),
      wastedUsd: show(max(new Decimal(0), allocated.minus(exposure))),
      covers: covers.map((share) => ({ coverId: share.cover.id, allocatedUsd: show(share.alloc), payUsd: show(share.pay) })),
    });
  }
  return rows;
}

/**
 * §3.4 byProvider: each position's primary insured shared among the covers that pay it, by
 * pay, cents by largest remainder (ties: larger pay, then smaller cover id); summed per provider.
 */
function referenceByProvider(input: SizingInput, entries: Map<string, ExactEntry>): BreakdownRow[] {
  const byKey = new Map<string, Decimal>();
  for (const position of input.positions) {
    const primary = risksOf(position)[0];
    const entry = primary && entries.get(`${position.id}/${primary}`);
    if (!entry || entry.insured.isZero()) continue;
    const paying = entry.covers.filter((share) => share.pay.greaterThan(0));
    const paid = paying.reduce((sum, share) => sum.plus(share.pay), new Decimal(0));
    const insuredCents = entry.insured.times(100);
    // Remainders compared exactly, as numerators over the common denominator `paid`: a quotient
    // such as 1/3 cut at 100 digits has one digit more in a smaller part, which once out-ranked an equal remainder.
    const parts = paying.map((share) => {
      const scaled = insuredCents.times(share.pay);
      const cents = scaled.divToInt(paid);
      return { share, cents, remainder: scaled.minus(cents.times(paid)) };
    });
    let leftOver = insuredCents.minus(parts.reduce((sum, part) => sum.plus(part.cents), new Decimal(0))).toNumber();
    const ranked = [...parts].sort(
      (a, b) =>
        b.remainder.comparedTo(a.remainder) ||
        b.share.pay.comparedTo(a.share.pay) ||
        (a.share.cover.id < b.share.cover.id ? -1 : a.share.cover.id > b.share.cover.id ? 1 : 0),
    );
    for (const part of ranked) if (leftOver-- > 0) part.cents = part.cents.plus(1);
    for (const { share, cents } of parts) {
      const key = share.cover.providerSlug || "unknown";
      byKey.set(key, (byKey.get(key) ?? new Decimal(0)).plus(cents));
    }
  }
  return [...byKey.entries()]
    .filter(([, cents]) => cents.greaterThan(0))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, cents]) => ({ key, insuredUsd: show(cents.div(100)), uninsuredUsd: "0.00" }));
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / DAY_MS;
const addDays = (day: string, days: number): string => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

/** §3.3 word for word: every position's flags, in FLAG_CODES order, covers in input order. */
function referenceFlags(input: SizingInput, entries: Map<string, ExactEntry>): Map<string, PositionFlag[]> {
  const { asOf } = input;
  const targetRatio = new Decimal(input.settings?.targetRatio ?? 0.8);
  const expiringDays = input.settings?.expiringDays ?? 30;
  const minUninsured = toCents(input.settings?.minUninsuredUsd ?? "1000");
  const idsOf = (covers: SizingCoverInput[]) => input.covers.filter((cover) => covers.includes(cover)).map((cover) => cover.id);
  const flagsById = new Map<string, PositionFlag[]>();
  for (const position of input.positions) {
    const risks = risksOf(position);
    const rows = risks.map((risk) => entries.get(`${position.id}/${risk}`) as ExactEntry);
    const primary = rows[0];
    const linked = input.covers.filter((cover) => cover.positionIds.includes(position.id));
    const applying = linked.filter((cover) => applies(cover, position));
    const flags: PositionFlag[] = [];
    const raise = (code: FlagCode, covers: SizingCoverInput[], until?: string) =>
      flags.push(until === undefined ? { code, coverIds: idsOf(covers) } : { code, coverIds: idsOf(covers), until });

    if (risks.length === 0) raise("no_cover_market", []);
    if (primary) {
      const onPrimary = primary.covers.map((share) => share.cover);
      const shown = ratioShown(primary);
      if (primary.insured.isZero() && primary.exposure.minus(primary.insured).greaterThanOrEqualTo(minUninsured)) {
        raise("uninsured", onPrimary);
      }
      if (primary.insured.greaterThan(0) && shown.lessThan(targetRatio)) raise("under_insured", onPrimary);
    }
    const wasteful = rows.filter((row) => row.covers.reduce((sum, share) => sum.plus(share.alloc), new Decimal(0)).greaterThan(row.exposure));
    if (wasteful.length > 0) raise("over_insured", wasteful.flatMap((row) => row.covers.map((share) => share.cover)));

    const expiring = applying.filter(
      (cover) =>
        counts(cover, asOf) &&
        daysBetween(asOf, cover.expiresAt) <= expiringDays &&
        !applying.some(
          (other) =>
            other !== cover &&
            other.coverageType === cover.coverageType &&
            other.startsAt <= cover.expiresAt &&
            other.expiresAt > cover.expiresAt,
        ),
    );
    if (expiring.length > 0) raise("expiring_soon", expiring, earliest(expiring.map((cover) => cover.expiresAt)));
    const ended = linked.filter((cover) => cover.expiresAt <= asOf);
    if (ended.length > 0 && !linked.some((cover) => counts(cover, asOf))) raise("expired", ended);
    const notStarted = linked.filter((cover) => cover.startsAt > asOf);
    if (notStarted.length > 0) raise("not_started", notStarted);
    const claimable = ended.filter((cover) => daysBetween(cover.expiresAt, asOf) < (cover.claimWindowDays ?? 0));
    if (claimable.length > 0) {
      const lastDays = claimable.map((cover) => addDays(cover.expiresAt, (cover.claimWindowDays ?? 0) - 1));
      raise("claim_window_open", claimable, earliest(lastDays));
    }
    const mismatched = linked.filter((cover) => !applying.includes(cover));
    if (mismatched.length > 0) raise("scope_mismatch", mismatched);
    flagsById.set(position.id, flags);
  }
  return flagsById;
}

/** The 4-decimal ratio shown, half-up; 0 when the exposure is 0. */
function ratioShown(entry: ExactEntry): Decimal {
  return entry.exposure.isZero() ? new Decimal(0) : entry.insured.div(entry.exposure).toDecimalPlaces(4, HALF_UP);
}

const earliest = (days: string[]): string => [...days].sort()[0] ?? "";

describe("sizePortfolio equals the exact-decimal reference", () => {
  it("on every (position, risk): allocations, pays, insured, uninsured, wasted", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const expected = referenceRows(referenceEntries(input));
        for (const position of sizePortfolio(input).positions) {
          for (const risk of position.risks) expect(risk).toEqual(expected.get(`${position.id}/${risk.risk}`));
        }
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it("on byProvider: primary insured shared per cover by pay, then summed per provider", () => {
    // and portfolios where several providers' covers pay one position, beyond its exposure
    fc.assert(
      fc.property(fc.oneof(portfolioArb(), stackedCoversArb()), (input) => {
        const expected = referenceByProvider(input, referenceEntries(input));
        expect(sizePortfolio(input).breakdowns.byProvider).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it("on every position's ratio and flags", () => {
    // and positions insured right at the edge of under_insured
    fc.assert(
      fc.property(fc.oneof(portfolioArb(), nearTargetRatioArb()), (input) => {
        const entries = referenceEntries(input);
        const expected = referenceFlags(input, entries);
        for (const position of sizePortfolio(input).positions) {
          const primary = position.primaryRisk && entries.get(`${position.id}/${position.primaryRisk}`);
          expect(position.ratio).toBe(primary ? ratioShown(primary).toNumber() : 0);
          expect(position.flags).toEqual(expected.get(position.id));
        }
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
