import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateLargestRemainder, allocateLargestRemainderBig } from "./allocate";

/** Largest-remainder splits: exact totals, fair parts, the same in numbers and in BigInt. */

/** Generous: the runs take a second or two, but a loaded machine must not make them time out. */
const PROPERTY_TIMEOUT_MS = 60_000;

const splitArb = fc.record({
  // small and huge values: huge ones make total · weight pass 2^53 (the BigInt path)
  total: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.maxSafeNat().map((n) => Math.floor(n / 8))),
  weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.maxSafeNat().map((n) => n % 2 ** 48)), {
    minLength: 1,
    maxLength: 12,
  }),
});

const keysFor = (weights: readonly number[]) => weights.map((_, index) => `k${String(index).padStart(2, "0")}`);

describe("allocateLargestRemainder", () => {
  it("adds up to the total, each part the exact share rounded down or up", () => {
    fc.assert(
      fc.property(splitArb, ({ total, weights }) => {
        const parts = allocateLargestRemainder(total, weights, keysFor(weights));
        expect(parts.reduce((sum, part) => sum + part, 0)).toBe(total);
        const weightSum = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
        parts.forEach((part, index) => {
          // exact share = total · w / Σw (equal shares when Σw = 0): part is its floor or floor + 1
          const [num, den] = weightSum === 0n ? [BigInt(total), BigInt(weights.length)] : [BigInt(total) * BigInt(weights[index] ?? 0), weightSum];
          expect(BigInt(part) - num / den).toBeGreaterThanOrEqual(0n);
          expect(BigInt(part) - num / den).toBeLessThanOrEqual(1n);
        });
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);

  it("gives the same parts as the BigInt split", () => {
    fc.assert(
      fc.property(splitArb, ({ total, weights }) => {
        const keys = keysFor(weights);
        expect(allocateLargestRemainder(total, weights, keys)).toEqual(
          allocateLargestRemainderBig(total, weights.map(BigInt), keys),
        );
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
