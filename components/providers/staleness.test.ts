import { describe, expect, it } from "vitest";
import { asOfDay, countFreshness, factAge, freshness, monthsBetween } from "./staleness";

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

describe("a fact's age, at fixed dates", () => {
  it("labels a dated fact with its date and whole years or months of age", () => {
    expect(factAge({ asOf: "2022-06-01" }, "2026-12-04")).toEqual({ state: "stale", label: "as of 1 Jun 2022 · 4 years old", months: 54 });
    expect(factAge({ asOf: "2022-06" }, "2026-12-04").label).toBe("as of Jun 2022 · 4 years old");
    expect(factAge({ asOf: "2025-11-05" }, "2026-12-04")).toEqual({ state: "fresh", label: "as of 5 Nov 2025 · 1 year old", months: 12 });
    expect(factAge({ asOf: "2026-07-29" }, "2026-12-04")).toEqual({ state: "fresh", label: "as of 29 Jul 2026 · 4 months old", months: 4 });
    expect(factAge({ asOf: "2026-11-20" }, "2026-12-04").label).toBe("as of 20 Nov 2026 · less than a month old");
    expect(factAge({ asOf: "2026-11-04" }, "2026-12-04").label).toBe("as of 4 Nov 2026 · 1 month old");
  });

  it("keeps the words after a date, and counts a year from 1 January", () => {
    expect(factAge({ asOf: "2023 (file last present 2024-07-23)" }, "2026-12-04").label).toBe("as of 2023 (file last present 2024-07-23) · 3 years old");
    expect(factAge({ asOf: "2025" }, "2026-06-30")).toEqual({ state: "fresh", label: "as of 2025 · 1 year old", months: 17 });
    expect(factAge({ asOf: "2025" }, "2026-07-01").state).toBe("fresh"); // exactly 18 months
    expect(factAge({ asOf: "2025" }, "2026-07-02").state).toBe("stale");
  });

  it("turns stale the day after 18 months", () => {
    expect(factAge({ asOf: "2025-06-04" }, "2026-12-04").state).toBe("fresh");
    expect(factAge({ asOf: "2025-06-03" }, "2026-12-04").state).toBe("stale");
    expect(factAge({ asOf: "2025-06-03" }, "2026-12-04").label).toBe("as of 3 Jun 2025 · 1 year old");
  });

  it("says undated apart from stale, and unknown where no value was found", () => {
    expect(factAge({ asOf: "undated (docs snapshot)" }, TODAY)).toEqual({ state: "undated", label: "undated (docs snapshot)", months: null });
    expect(factAge({ asOf: "unknown (undated deploy script)" }, TODAY).label).toBe("unknown (undated deploy script)");
    expect(factAge({ asOf: "c. 2024" }, TODAY)).toEqual({ state: "undated", label: "undated (c. 2024)", months: null });
    expect(factAge({ asOf: null }, TODAY).label).toBe("undated");
    expect(factAge(null, TODAY)).toEqual({ state: "unknown", label: "unknown", months: null });
  });

  it("does not count a future date as old", () => {
    expect(factAge({ asOf: "2027-01" }, "2026-12-04")).toMatchObject({ state: "fresh", months: 0 });
  });

  it("counts facts by state", () => {
    const facts = [{ asOf: "2026-01" }, { asOf: "2020" }, { asOf: "undated" }, null, { asOf: "2025-12-31" }];
    expect(countFreshness(facts, "2026-12-04")).toEqual({ total: 5, fresh: 2, stale: 1, undated: 1, unknown: 1 });
  });
});

describe("calendar months between two days", () => {
  it("counts whole months, a month being complete on the same day of the month", () => {
    expect(monthsBetween("2022-06-01", "2026-12-04")).toBe(54);
    expect(monthsBetween("2025-01-31", "2025-02-28")).toBe(0);
    expect(monthsBetween("2025-01-31", "2025-03-31")).toBe(2);
    expect(monthsBetween("2026-12-05", "2026-12-04")).toBe(0);
  });
});
