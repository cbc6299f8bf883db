import { describe, expect, it } from "vitest";
import { scoreLiquidity } from "./liquidity";

const liquidity = (capacityUsd: string | null) => scoreLiquidity({ capacityUsd });

describe("liquidity: clamp(0, 10, 2 × log10(capacity / $100,000))", () => {
  it("scores Nexus Mutual's $278M capacity", () => {
    // 278,000,000 / 100,000 = 2,780; log10(2,780) = 3.4440…; × 2 = 6.888… → 6.9
    const s = liquidity("278000000");
    expect(s.score).toBe(6.9);
    expect(s.unknown).toBe(false);
    expect(s.inputs).toEqual([{ label: "Capacity", value: "$278,000,000" }]);
    expect(s.explanation).toBe("2 × log10($278,000,000 / $100,000) = 2 × log10(2,780) = 2 × 3.444 = 6.888 → 6.9");
  });

  it("adds 2 points per tenfold of capacity", () => {
    // $100k → log10(1) = 0; $1M → 2 × 1 = 2; $10M → 2 × 2 = 4; $100M → 6; $1B → 8; $10B → 10
    const scores = ["100000", "1000000", "10000000", "100000000", "1000000000", "10000000000"].map((c) => liquidity(c).score);
    expect(scores).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it("scores realistic pools between the decades", () => {
    // Sherlock $500k: 2 × log10(5) = 2 × 0.69897 = 1.398 → 1.4
    expect(liquidity("500000").score).toBe(1.4);
    // InsurAce $50M: 2 × log10(500) = 2 × 2.69897 = 5.398 → 5.4
    expect(liquidity("50000000").score).toBe(5.4);
    // BitGo $250M: 2 × log10(2,500) = 2 × 3.39794 = 6.796 → 6.8
    expect(liquidity("250000000").score).toBe(6.8);
  });

  it("clamps to 0–10 and says so", () => {
    // $50k: 2 × log10(0.5) = 2 × −0.30103 = −0.602 → clamped to 0
    const small = liquidity("50000");
    expect(small.score).toBe(0);
    expect(small.explanation).toContain("= -0.602, clamped to 0 → 0.0");
    // $1T: 2 × log10(10,000,000) = 14 → clamped to 10
    expect(liquidity("1000000000000").score).toBe(10);
  });

  it("scores a known $0 capacity 0 without calling it unknown", () => {
    const zero = liquidity("0");
    expect(zero).toMatchObject({ score: 0, unknown: false, explanation: "capacity $0 → 0 → 0.0" });
  });

  it("scores unknown capacity 0 and flags it", () => {
    const s = liquidity(null);
    expect(s).toMatchObject({ score: 0, unknown: true, partial: false });
    expect(s.inputs).toEqual([{ label: "Capacity", value: null }]);
    expect(s.explanation).toContain("capacity unknown → 0");
  });

  it("rejects malformed or negative capacity instead of guessing", () => {
    expect(() => liquidity("lots")).toThrow(RangeError);
    expect(() => liquidity("-5")).toThrow(RangeError);
  });
});
