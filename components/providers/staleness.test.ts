import { describe, expect, it } from "vitest";
import { asOfDay, freshness } from "./staleness";

const TODAY = "2026-11-25";

describe("staleness of a fact's as-of date", () => {
  it("reads the earliest day of a full, month or year date, and ignores trailing words", () => {
    expect(asOfDay("2022-06-01")).toBe("2022-06-01");
    expect(asOfDay("2025-12")).toBe("2025-12-01");
    expect(asOfDay("2025")).toBe("2025-01-01");
    expect(asOfDay("2022 (V2 litepaper post)")).toBe("2022-01-01");
  });

  it("treats undated, missing and malformed dates as undated", () => {
    for (const s of ["undated", "undated (c.2024)", "undated (docs snapshot)", null, undefined, "", "2022-13", "20221"]) {
      expect(asOfDay(s), String(s)).toBeNull();
    }
  });

  it("is stale when undated", () => {
    expect(freshness("undated (c.2024)", TODAY)).toEqual({ stale: true, reason: "undated" });
    expect(freshness(null, TODAY)).toEqual({ stale: true, reason: "undated" });
  });

  it("is stale when older than 18 months, fresh at exactly 18 months or less", () => {
    expect(freshness("2025-05-25", TODAY)).toEqual({ stale: false, reason: null }); // exactly 18 months
    expect(freshness("2025-05-24", TODAY)).toEqual({ stale: true, reason: "old" });
    expect(freshness("2025-12", TODAY).stale).toBe(false);
    expect(freshness("2026-04", TODAY).stale).toBe(false);
  });

  it("counts a year-only date from 1 January, so a fact 'as of 2025' is already stale in late 2026", () => {
    expect(freshness("2025", TODAY)).toEqual({ stale: true, reason: "old" });
    expect(freshness("2025", "2026-06-30").stale).toBe(false);
  });
});
