import { describe, expect, it } from "vitest";
import type { TProviderSummary, TSourceRef } from "@/lib/schemas/provider";
import { bestIndexes, FACT_ROWS, mergeRefs, rowDiffers, rowSources } from "./fact-rows";

const base: TProviderSummary = {
  id: "1", slug: "acme", name: "Acme", kind: null, status: "unknown", website: null, claimsModel: null, kycRequired: null,
  regulated: null, jurisdiction: null, foundedYear: null, capacityUsd: null, claimsPaidUsd: null, premiumLowPct: null,
  premiumHighPct: null, auditCount: null, chains: [], coverageTypes: [], regionsExcluded: [], productCount: 0,
};
const row = (key: string) => FACT_ROWS.find((r) => r.key === key)!;
const ref = (factKey: string): TSourceRef => ({ factKey, source: "https://x.test", asOf: "2024", note: null, confidence: null, derivation: null });

describe("fact rows", () => {
  it("shows null, an empty list and an unknown status as unknown (null), never a guess", () => {
    for (const r of FACT_ROWS) expect(r.value(base), r.key).toBeNull();
  });

  it("formats known values for reading", () => {
    const p = { ...base, status: "wound_down" as const, kycRequired: false, capacityUsd: "278000000", foundedYear: 2019, chains: ["ethereum", "bsc"] };
    expect(row("status").value(p)).toBe("Wound down");
    expect(row("kycRequired").value(p)).toBe("No");
    expect(row("capacityUsd").value(p)).toBe("$278M");
    expect(row("foundedYear").value(p)).toBe("2019");
    expect(row("chains").value(p)).toBe("Ethereum, BNB Chain");
  });

  it("shows a premium range, a single rate, or one known end", () => {
    expect(row("premium").value({ ...base, premiumLowPct: "1", premiumHighPct: "29" })).toBe("1–29 % a year");
    expect(row("premium").value({ ...base, premiumLowPct: "2", premiumHighPct: "2" })).toBe("2 % a year");
    expect(row("premium").value({ ...base, premiumHighPct: "4" })).toBe("4 % a year");
  });

  it("lists each source once, keeping how each figure was read from it", () => {
    const sources = { premiumLowPct: { ...ref("pricing"), derivation: "1 = min" }, premiumHighPct: { ...ref("pricing"), derivation: "29 = max" } };
    expect(rowSources(row("premium"), sources)).toEqual([{ ...ref("pricing"), derivation: "1 = min; 29 = max" }]);
    expect(rowSources(row("capacityUsd"), sources)).toEqual([]);
  });

  it("keeps sources apart when their page or date differ", () => {
    const a = ref("cover_period.min_days");
    expect(mergeRefs([a, { ...a, factKey: "cover_period.max_days" }])).toHaveLength(1);
    expect(mergeRefs([a, { ...a, asOf: "2025" }])).toHaveLength(2);
  });

  it("counts the excluded regions", () => {
    expect(row("regionsExcluded").value({ ...base, regionsExcluded: ["KP", "IR"] })).toBe("2 countries: KP, IR");
  });
});

describe("difference highlighting", () => {
  it("flags a row whose providers differ, counting unknown as a value", () => {
    expect(rowDiffers(["Yes", "Yes", "Yes"])).toBe(false);
    expect(rowDiffers(["Yes", "No"])).toBe(true);
    expect(rowDiffers([null, null])).toBe(false);
    expect(rowDiffers(["Yes", null])).toBe(true);
  });

  it("marks the best score of a row, all of them on a tie, none when all are equal", () => {
    expect(bestIndexes([6.9, 5.4, 0])).toEqual([0]);
    expect(bestIndexes([4, 7.5, 7.5])).toEqual([1, 2]);
    expect(bestIndexes([0, 0, 0])).toEqual([]);
    expect(bestIndexes([3])).toEqual([]);
  });
});
