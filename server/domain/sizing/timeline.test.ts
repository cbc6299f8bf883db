import { describe, expect, it } from "vitest";
import { cover, position, size } from "./test-fixtures";

/** DESIGN §3.4: the cover cliff — primary insured total on asOf and on each later day it changes. */

describe("timeline (asOf = 2025-06-01, 365 days → up to 2026-06-01)", () => {
  it("has a point for each start or end that changes the total, and none beyond the horizon", () => {
    const result = size(
      [position("a"), position("b", { assetKind: "stablecoin" }), position("c")],
      [
        cover("a-ends", ["a"], { startsAt: "2025-01-01", expiresAt: "2025-09-01" }),
        cover("b-starts", ["b"], { startsAt: "2025-08-01", expiresAt: "2027-01-01", amountUsd: "600" }),
        cover("c-too-late", ["c"], { startsAt: "2026-07-01", expiresAt: "2027-07-01" }),
        cover("a-renewal", ["a"], { startsAt: "2025-09-01", expiresAt: "2026-03-01" }),
        cover("b-depeg", ["b"], { coverageType: "depeg", startsAt: "2025-01-01", expiresAt: "2025-10-01" }),
      ],
    );
    expect(result.timeline).toEqual([
      { date: "2025-06-01", insuredUsd: "1000.00" }, // a 1,000 (a-ends)
      { date: "2025-08-01", insuredUsd: "1600.00" }, // + b 600 (b-starts)
      // 2025-09-01: a-ends ends and a-renewal starts the same day → a stays 1,000: no point
      // 2025-10-01: b-depeg ends, but depeg is not b's primary risk: no point
      { date: "2026-03-01", insuredUsd: "600.00" }, // a-renewal ends: − 1,000
      // 2026-07-01 (c-too-late starts) and 2027-01-01 (b-starts ends) are beyond the horizon
    ]);
  });

  it("re-sizes a position from its remaining covers, not by taking the ended amount off", () => {
    const result = size(
      [position("p", { valueUsd: "1000" })],
      [
        cover("long", ["p"], { amountUsd: "500", expiresAt: "2026-01-01" }),
        cover("short", ["p"], { amountUsd: "700", expiresAt: "2025-07-01" }),
      ],
    );
    expect(result.timeline).toEqual([
      { date: "2025-06-01", insuredUsd: "1000.00" }, // min(1,000, 500 + 700)
      { date: "2025-07-01", insuredUsd: "500.00" }, // min(1,000, 500): − 500, not − 700
      { date: "2026-01-01", insuredUsd: "0.00" },
    ]);
  });

  it("includes the horizon's last day and stops there", () => {
    const result = size(
      [position("a"), position("b")],
      [
        cover("on-last-day", ["a"], { startsAt: "2025-07-31", expiresAt: "2025-12-31" }), // asOf + 60
        cover("day-after", ["b"], { startsAt: "2025-08-01", expiresAt: "2025-12-31" }), // asOf + 61
      ],
      { timelineDays: 60 },
    );
    expect(result.timeline).toEqual([
      { date: "2025-06-01", insuredUsd: "0.00" },
      { date: "2025-07-31", insuredUsd: "1000.00" },
    ]);
  });

  it("is the asOf point alone when nothing changes, equal to the insured total", () => {
    const result = size([position("a")], [cover("c", ["a"], { amountUsd: "250", expiresAt: "2030-01-01" })]);
    expect(result.timeline).toEqual([{ date: "2025-06-01", insuredUsd: "250.00" }]);
    expect(result.timeline[0]?.insuredUsd).toBe(result.totals.insuredUsd);
  });

  it("keeps a shared cover's allocation as it starts, re-rounding only its positions", () => {
    const result = size(
      [position("a", { valueUsd: "100" }), position("b", { valueUsd: "200" }), position("c", { valueUsd: "50" })],
      [
        cover("shared", ["a", "b"], { amountUsd: "100", startsAt: "2025-06-10" }), // 33.33 + 66.67
        cover("c-cover", ["c"], { amountUsd: "50", expiresAt: "2025-06-20" }),
      ],
    );
    expect(result.timeline).toEqual([
      { date: "2025-06-01", insuredUsd: "50.00" }, // c only
      { date: "2025-06-10", insuredUsd: "150.00" }, // + 33.33 + 66.67
      { date: "2025-06-20", insuredUsd: "100.00" }, // − 50
      { date: "2026-01-01", insuredUsd: "0.00" }, // shared ends: − 100
    ]);
  });
});
