import { describe, expect, it } from "vitest";
import { scoreCosts } from "./costs";

const costs = (premiumLowPct: string | null, premiumHighPct: string | null) => scoreCosts({ premiumLowPct, premiumHighPct });

describe("costs: mean of clamp(0, 10, 10 − 2 × low %) and clamp(0, 10, 10 − 2 × high %)", () => {
  it("scores Nexus Mutual's 1–29 % range", () => {
    // low: 10 − 2 × 1 = 8; high: 10 − 2 × 29 = −48 → 0; (8 + 0) / 2 = 4
    const s = costs("1", "29");
    expect(s).toMatchObject({ score: 4, unknown: false, partial: false });
    expect(s.inputs).toEqual([
      { label: "Premium low (% a year)", value: "1 %" },
      { label: "Premium high (% a year)", value: "29 %" },
    ]);
    expect(s.explanation).toBe(
      "low clamp(0, 10, 10 − 2 × 1) = 8; high clamp(0, 10, 10 − 2 × 29) = clamp(0, 10, -48) = 0; mean (8 + 0) / 2 = 4 → 4.0",
    );
  });

  it("scores narrow ranges (Unslashed 1–1.5 %, Sherlock 4 %)", () => {
    // (10 − 2 × 1 = 8, 10 − 2 × 1.5 = 7) → 7.5
    expect(costs("1", "1.5").score).toBe(7.5);
    // (10 − 8 = 2, 2) → 2
    expect(costs("4", "4").score).toBe(2);
  });

  it("maps 0 % to 10 and 5 % or more to 0", () => {
    expect(costs("0", "0").score).toBe(10);
    expect(costs("5", "12").score).toBe(0);
  });

  it("rounds half-up to one decimal, exactly", () => {
    // 10 − 2 × 1.025 = 7.95 exactly (decimal arithmetic) → 8.0, not 7.9
    expect(costs("1.025", "1.025").score).toBe(8);
    // 10 − 2 × 2.35 = 5.3
    expect(costs("2.35", "2.35").score).toBe(5.3);
  });

  it("uses the known end of a one-sided range for both, flagged partial", () => {
    // "from 2 %": 10 − 4 = 6 for both → 6
    const s = costs("2", null);
    expect(s).toMatchObject({ score: 6, partial: true, unknown: false });
    expect(s.explanation).toContain("high unknown, low used for both");
    expect(costs(null, "3").score).toBe(4); // 10 − 6 = 4
  });

  it("puts a reversed range in order", () => {
    // 5 and 3 → low 3 (10 − 6 = 4), high 5 (0) → 2
    expect(costs("5", "3").score).toBe(2);
  });

  it("scores quote-only (no published premium) 0, flagged unknown", () => {
    expect(costs(null, null)).toMatchObject({ score: 0, unknown: true, explanation: "premium unknown (quote only) → 0 → 0.0" });
  });

  it("rejects a malformed premium", () => {
    expect(() => costs("<4", "4")).toThrow(RangeError);
  });
});
