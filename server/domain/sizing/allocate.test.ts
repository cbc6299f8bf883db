import { describe, expect, it } from "vitest";
import { allocateLargestRemainder, allocateLargestRemainderBig } from "./allocate";

describe("largest-remainder split", () => {
  it("gives the left-over cent to the largest remainder", () => {
    // 100 · 1/3 = 33.33 r 1/3, 100 · 2/3 = 66.66 r 2/3 → the cent goes to the second
    expect(allocateLargestRemainder(100, [1, 2], ["a", "b"])).toEqual([33, 67]);
  });

  it("breaks equal remainders by the larger weight", () => {
    // 2 · 1/4 = 0.5 → 0 r ½; 2 · 3/4 = 1.5 → 1 r ½ → one cent left, equal remainders:
    // the larger weight takes it although its key sorts later
    expect(allocateLargestRemainder(2, [1, 3], ["a", "b"])).toEqual([0, 2]);
  });

  it("sees remainders of a third as equal in parts of any size, then prefers the larger weight and the smaller key", () => {
    // $58,419.00 insured, paid by covers of $58,419.00, $58,419.00 and $9,347.04: every share ends in 1/3 cent.
    expect(allocateLargestRemainder(5_841_900, [5_841_900, 5_841_900, 934_704], ["c0", "c1", "c3"])).toEqual([2_704_584, 2_704_583, 432_733]);
  });

  it("breaks equal remainders and weights by the smaller key", () => {
    // 10 · 1/4 = 2 r ½; 10 · 1/4 = 2 r ½; 10 · 2/4 = 5 → one cent left, equal remainders and
    // weights: key "a" before "b"
    expect(allocateLargestRemainder(10, [1, 1, 2], ["b", "a", "c"])).toEqual([2, 3, 5]);
  });

  it("splits equally when every weight is 0, smaller keys first", () => {
    // 100 / 3 = 33 r 1 each → one cent left → "a"
    expect(allocateLargestRemainder(100, [0, 0, 0], ["c", "a", "b"])).toEqual([33, 34, 33]);
  });

  it("adds up to the total with huge weights (BigInt products)", () => {
    const parts = allocateLargestRemainder(9e15, [1e15, 2e15, 3e15], ["a", "b", "c"]);
    expect(parts).toEqual([1.5e15, 3e15, 4.5e15]); // 9e15 · 1/6, 2/6, 3/6
  });

  it("splits by BigInt weights the same way", () => {
    expect(allocateLargestRemainderBig(100, [1n, 2n], ["a", "b"])).toEqual([33, 67]);
    expect(allocateLargestRemainderBig(10, [0n, 0n], ["b", "a"])).toEqual([5, 5]);
  });

  it("gives everything to a single part and nothing to no part", () => {
    expect(allocateLargestRemainder(12_345, [0], ["a"])).toEqual([12_345]);
    expect(allocateLargestRemainder(12_345, [], [])).toEqual([]);
  });
});
