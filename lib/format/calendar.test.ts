import { describe, expect, it } from "vitest";
import { addDays, compareUsd, formatDay, relativeDays } from "./calendar";

describe("dashboard formatting helpers", () => {
  it("compares money strings by value", () => {
    expect(compareUsd("9000.00", "10000.00")).toBeLessThan(0);
    expect(compareUsd("10000.5", "10000.05")).toBeGreaterThan(0);
    expect(compareUsd("0.10", "0.1")).toBe(0);
    expect(compareUsd("123456789012.99", "123456789013.00")).toBeLessThan(0);
  });

  it("counts calendar days in UTC", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(relativeDays("2026-11-25", "2026-12-07")).toBe("in 12 days");
    expect(relativeDays("2026-11-25", "2026-11-26")).toBe("tomorrow");
    expect(relativeDays("2026-11-25", "2026-11-22")).toBe("3 days ago");
    expect(formatDay("2026-12-07")).toBe("Dec 7, 2026");
  });
});
