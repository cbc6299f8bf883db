import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { portfolioArb, portfolioWithExtraCoverArb } from "./sizing-arbitraries";
import { sizePortfolio } from "./size-portfolio";
import { FLAG_CODES, type BreakdownRow, type PositionSizing, type SizingResult } from "./types";

/** Invariants of DESIGN §3 that must hold for any portfolio, checked on random ones. */

/** Generous: the runs take a second or two, but a loaded machine must not make them time out. */
const PROPERTY_TIMEOUT_MS = 60_000;

const RUNS = { numRuns: 500 };

/** Output money as exact cents; also checks the format: digits, a dot, exactly two decimals. */
function cents(money: string): bigint {
  expect(money).toMatch(/^\d+\.\d{2}$/);
  return BigInt(money.replace(".", ""));
}

function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

describe("every (position, risk) adds up", () => {
  it("insured + uninsured = exposure, 0 ≤ insured ≤ exposure, and the headline is the primary risk", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        for (const position of sizePortfolio(input).positions) {
          const value = cents(position.valueUsd);
          for (const risk of position.risks) {
            const exposure = cents(risk.exposureUsd);
            const insured = cents(risk.insuredUsd);
            expect(exposure).toBe(value);
            expect(insured + cents(risk.uninsuredUsd)).toBe(exposure);
            expect(insured >= 0n && insured <= exposure).toBe(true);
            expect(cents(risk.wastedUsd) >= 0n).toBe(true);
          }
          expect(cents(position.insuredUsd) + cents(position.uninsuredUsd)).toBe(value);
          expect(position.insuredUsd).toBe(position.risks[0]?.insuredUsd ?? "0.00");
          expect(position.wastedUsd).toBe(position.risks[0]?.wastedUsd ?? "0.00");
          expect(position.ratio >= 0 && position.ratio <= 1).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("every total and breakdown equals the sum of its rows", () => {
  function expectRowsSumTo(rows: BreakdownRow[], insured: bigint, uninsured: bigint): void {
    expect(sum(rows.map((row) => cents(row.insuredUsd)))).toBe(insured);
    expect(sum(rows.map((row) => cents(row.uninsuredUsd)))).toBe(uninsured);
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
  }

  it("totals, byChain, byVenue, byVenueKind, byProvider and byRisk", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const { positions, totals, breakdowns } = sizePortfolio(input);
        const headline = (field: keyof Pick<PositionSizing, "valueUsd" | "insuredUsd" | "uninsuredUsd" | "wastedUsd">) =>
          sum(positions.map((position) => cents(position[field])));
        expect(cents(totals.valueUsd)).toBe(headline("valueUsd"));
        expect(cents(totals.insuredUsd)).toBe(headline("insuredUsd"));
        expect(cents(totals.uninsuredUsd)).toBe(headline("uninsuredUsd"));
        expect(cents(totals.wastedUsd)).toBe(headline("wastedUsd"));

        const insured = cents(totals.insuredUsd);
        const uninsured = cents(totals.uninsuredUsd);
        expectRowsSumTo(breakdowns.byChain, insured, uninsured);
        expectRowsSumTo(breakdowns.byVenue, insured, uninsured);
        expectRowsSumTo(breakdowns.byVenueKind, insured, uninsured);
        expectRowsSumTo(breakdowns.byProvider, insured, 0n);
        const riskRows = positions.flatMap((position) => position.risks);
        expectRowsSumTo(
          breakdowns.byRisk,
          sum(riskRows.map((row) => cents(row.insuredUsd))),
          sum(riskRows.map((row) => cents(row.uninsuredUsd))),
        );
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("more cover never means less insured", () => {
  it("adding a cover never lowers any insured figure", () => {
    fc.assert(
      fc.property(portfolioWithExtraCoverArb(), ({ input, extra }) => {
        const before = sizePortfolio(input);
        const after = sizePortfolio({ ...input, covers: [...input.covers, extra] });
        before.positions.forEach((position, index) => {
          position.risks.forEach((risk, riskIndex) => {
            const insuredAfter = after.positions[index]?.risks[riskIndex]?.insuredUsd ?? "0.00";
            expect(cents(insuredAfter) >= cents(risk.insuredUsd)).toBe(true);
          });
        });
        expect(cents(after.totals.insuredUsd) >= cents(before.totals.insuredUsd)).toBe(true);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("input order does not matter", () => {
  /** The result with every order that follows input order put back in a canonical order. */
  function canonical(result: SizingResult): SizingResult {
    const byCoverId = (a: { coverId: string }, b: { coverId: string }) => (a.coverId < b.coverId ? -1 : 1);
    return {
      ...result,
      positions: [...result.positions]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((position) => ({
          ...position,
          risks: position.risks.map((risk) => ({ ...risk, covers: [...risk.covers].sort(byCoverId) })),
          flags: position.flags.map((flag) => ({ ...flag, coverIds: [...flag.coverIds].sort() })),
        })),
    };
  }

  const shuffledArb = portfolioArb().chain((input) =>
    fc.record({
      input: fc.constant(input),
      positions: fc.shuffledSubarray(input.positions, { minLength: input.positions.length }),
      covers: fc.shuffledSubarray(input.covers, { minLength: input.covers.length }),
    }),
  );

  it("shuffling positions and covers changes nothing but order", () => {
    fc.assert(
      fc.property(shuffledArb, ({ input, positions, covers }) => {
        const original = sizePortfolio(input);
        const shuffled = sizePortfolio({ ...input, positions, covers });
        expect(canonical(shuffled)).toEqual(canonical(original));
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("flags", () => {
  it("come once per code, in the order of FLAG_CODES, naming linked covers only", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const coverIds = new Set(input.covers.map((cover) => cover.id));
        for (const position of sizePortfolio(input).positions) {
          const order = position.flags.map((flag) => FLAG_CODES.indexOf(flag.code));
          expect(order).toEqual([...order].sort((a, b) => a - b));
          expect(new Set(order).size).toBe(order.length);
          for (const flag of position.flags) for (const id of flag.coverIds) expect(coverIds.has(id)).toBe(true);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});

describe("timeline", () => {
  it("starts at asOf with the insured total, then only changes, in ascending order", () => {
    fc.assert(
      fc.property(portfolioArb(), (input) => {
        const { timeline, totals, asOf } = sizePortfolio(input);
        expect(timeline[0]).toEqual({ date: asOf, insuredUsd: totals.insuredUsd });
        for (let index = 1; index < timeline.length; index++) {
          const previous = timeline[index - 1];
          const point = timeline[index];
          expect(previous && point && previous.date < point.date).toBe(true);
          expect(point?.insuredUsd).not.toBe(previous?.insuredUsd);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);

  it("each point equals the insured total of a sizing on that day", () => {
    fc.assert(
      fc.property(portfolioArb(5, 6), (input) => {
        const { timeline } = sizePortfolio(input);
        for (const point of timeline.slice(1)) {
          const onThatDay = sizePortfolio({ ...input, asOf: point.date });
          expect(point.insuredUsd).toBe(onThatDay.totals.insuredUsd);
        }
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT_MS);
});
