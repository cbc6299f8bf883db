import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "./days";

describe("calendar days as day numbers", () => {
  it("counts days since 1970-01-01", () => {
    expect(parseDay("1970-01-01", "asOf")).toBe(0);
    expect(parseDay("2025-06-01", "asOf")).toBe(20_240); // 55 years + 14 leap days + 151 days
  });

  it("agrees with Date.UTC on every day of 1900–2100", () => {
    for (let day = parseDay("1900-01-01", "x"); day <= parseDay("2100-12-31", "x"); day++) {
      const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (parseDay(text, "x") !== day || formatDay(day) !== text) throw new Error(`mismatch on ${text}`);
    }
  });

  it("knows leap years", () => {
    expect(parseDay("2024-03-01", "x") - parseDay("2024-02-28", "x")).toBe(2); // 29 Feb 2024 exists
    expect(parseDay("2100-03-01", "x") - parseDay("2100-02-28", "x")).toBe(1); // 2100 is not leap
  });

  it.each(["2025-02-29", "2025-13-01", "2025-04-31", "2025-4-01", "2025/04/01", "2025-04-01T00:00:00Z", ""])(
    "rejects %j",
    (text) => {
      expect(() => parseDay(text, "startsAt")).toThrow(RangeError);
    },
  );
});
