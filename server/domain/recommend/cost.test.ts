import { describe, expect, it } from "vitest";
import { Decimal } from "../money";
import { estimateCost, premiumFor, premiumRange, productPeriod } from "./cost";
import { product } from "./test-fixtures";

describe("cost (DESIGN §5 step 3)", () => {
  it("prices a year as amount × pct / 100, half-up to cents", () => {
    // 80,000 × 2.3 / 100 = 1,840.00
    expect(premiumFor(new Decimal("80000"), "2.3").toFixed(2)).toBe("1840.00");
    // 1,001 × 2.65 / 100 = 26.5265 → 26.53
    expect(premiumFor(new Decimal("1001"), "2.65").toFixed(2)).toBe("26.53");
    // 1,000 × 0.0005 / 100 = 0.005 → 0.01 (half-up)
    expect(premiumFor(new Decimal("1000"), "0.0005").toFixed(2)).toBe("0.01");
  });

  it("pro-rates a period from the exact annual figure", () => {
    // 80,000 × 2.3 % × 90 / 365 = 1,840 × 90 / 365 = 453.6986… → 453.70
    expect(premiumFor(new Decimal("80000"), "2.3", 90).toFixed(2)).toBe("453.70");
  });

  it("gives a low–high range for the annual and period cost", () => {
    // 80,000 × 2 % = 1,600; × 3.5 % = 2,800; for 30 days: 1,600 × 30/365 = 131.506… → 131.51,
    // 2,800 × 30/365 = 230.136… → 230.14
    const cost = estimateCost(new Decimal("80000"), product({ premiumLowPct: "2", premiumHighPct: "3.5" }), 30);
    expect(cost).toEqual({
      annualLowUsd: "1600.00", annualHighUsd: "2800.00",
      periodDays: 30, periodLowUsd: "131.51", periodHighUsd: "230.14",
    });
  });

  it("is quote only (null) when no premium is published", () => {
    const cost = estimateCost(new Decimal("80000"), product({ premiumLowPct: null, premiumHighPct: null }), 365);
    expect(cost).toEqual({ annualLowUsd: null, annualHighUsd: null, periodDays: 365, periodLowUsd: null, periodHighUsd: null });
  });

  it("uses the known end of a one-sided range, and orders a reversed one", () => {
    expect(premiumRange(product({ premiumLowPct: "2", premiumHighPct: null }))).toEqual({ low: "2", high: "2" });
    expect(premiumRange(product({ premiumLowPct: null, premiumHighPct: "4" }))).toEqual({ low: "4", high: "4" });
    expect(premiumRange(product({ premiumLowPct: "5", premiumHighPct: "3" }))).toEqual({ low: "3", high: "5" });
  });

  it("clamps the period to the product's min and max", () => {
    expect(productPeriod(product({ minPeriodDays: 28, maxPeriodDays: 365 }), 7)).toBe(28);
    expect(productPeriod(product({ minPeriodDays: 28, maxPeriodDays: 90 }), 365)).toBe(90);
    expect(productPeriod(product({ minPeriodDays: null, maxPeriodDays: null }), 400)).toBe(400);
  });
});
