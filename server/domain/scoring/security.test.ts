import { describe, expect, it } from "vitest";
import { scoreSecurity } from "./security";
import { ETHERISC, NEXUS_MUTUAL, unknownFacts } from "./test-fixtures";

const security = (overrides: Parameters<typeof unknownFacts>[0], asOfYear = 2025) =>
  scoreSecurity(unknownFacts(overrides), asOfYear);

describe("security: regulated 3 + audits ≤ 3 + claims record ≤ 2 + years active ≤ 2", () => {
  it("scores Nexus Mutual from all four facts", () => {
    // regulated: no → 0
    // audits: min(3, 3) × 1 = 3
    // claims paid $18,502,138.31: log10(185.02) = 2.267 → clamp(0, 2, …) = 2
    // years: 2025 − 2019 = 6 → min(2, 0.25 × 6) = 1.5
    // 0 + 3 + 2 + 1.5 = 6.5
    const s = scoreSecurity(NEXUS_MUTUAL, 2025);
    expect(s).toMatchObject({ score: 6.5, unknown: false, partial: false });
    expect(s.inputs).toEqual([
      { label: "Regulated", value: "no" },
      { label: "Audits", value: "3" },
      { label: "Claims paid (public record)", value: "$18,502,138.31" },
      { label: "Founded", value: "2019" },
    ]);
    expect(s.explanation).toContain("clamp(0, 2, log10($18,502,138.31 / $100,000)) = clamp(0, 2, 2.267) = 2");
    expect(s.explanation).toContain("sum 0 + 3 + 2 + 1.5 = 6.5 → 6.5");
  });

  it("explains a partial record input by input (Etherisc: only the founding year is known)", () => {
    // regulated, audits, claims unknown → 0 each; 2025 − 2016 = 9 years → min(2, 2.25) = 2; total 2
    const s = scoreSecurity(ETHERISC, 2025);
    expect(s).toMatchObject({ score: 2, unknown: false, partial: true });
    expect(s.explanation).toBe(
      "Regulated: unknown → 0; Audits: unknown → 0; Claims paid (public record): unknown → 0; " +
        "Founded: 2025 − 2016 = 9 years active → min(2, 0.25 × 9) = 2; sum 0 + 0 + 0 + 2 = 2 → 2.0",
    );
  });

  it("gives a regulated custodian 3 points for regulation (BitGo)", () => {
    // regulated 3 + audits unknown 0 + claims unknown 0 + min(2, 0.25 × (2025 − 2013 = 12)) = 2 → 5
    expect(security({ regulated: true, foundedYear: 2013 }).score).toBe(5);
  });

  it("counts at most 3 audits, and a known 0 audits is 0 but not unknown", () => {
    expect(security({ auditCount: 7 }).score).toBe(3); // min(3, 7) = 3
    const none = security({ auditCount: 0 });
    expect(none.score).toBe(0);
    expect(none.inputs[1]).toEqual({ label: "Audits", value: "0" });
  });

  it("scores the claims record on a log scale capped at 2", () => {
    expect(security({ claimsPaidUsd: "1000000" }).score).toBe(1); // log10(10) = 1
    expect(security({ claimsPaidUsd: "316228" }).score).toBe(0.5); // log10(3.16228) = 0.5000001 → 0.5
    expect(security({ claimsPaidUsd: "50000" }).score).toBe(0); // log10(0.5) < 0 → 0
    expect(security({ claimsPaidUsd: "0" }).score).toBe(0); // nothing paid
    expect(security({ claimsPaidUsd: "500000000" }).score).toBe(2); // log10(5,000) = 3.7 → 2
  });

  it("counts years active to asOfYear, an input, not the clock", () => {
    // founded 2019: to 2021 = 2 years → 0.5; to 2025 = 6 years → 1.5; to 2030 = 11 years → 2 (cap)
    expect(security({ foundedYear: 2019 }, 2021).score).toBe(0.5);
    expect(security({ foundedYear: 2019 }, 2025).score).toBe(1.5);
    expect(security({ foundedYear: 2019 }, 2030).score).toBe(2);
    // founded after the as-of year: 0 years, not negative
    expect(security({ foundedYear: 2027 }, 2025).score).toBe(0);
  });

  it("scores all-unknown 0 and flags the category unknown", () => {
    expect(security({})).toMatchObject({ score: 0, unknown: true, partial: false });
  });

  it("rejects malformed facts and a non-integer asOfYear", () => {
    expect(() => security({ auditCount: -1 })).toThrow(RangeError);
    expect(() => security({ claimsPaidUsd: "1e" })).toThrow(RangeError);
    expect(() => security({}, 2025.5)).toThrow(RangeError);
  });
});
