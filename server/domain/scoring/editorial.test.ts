import { describe, expect, it } from "vitest";
import { scoreSupport, scoreUx } from "./editorial";

describe("editorial scores (UX, Support): used as recorded, with their rationale", () => {
  it("uses the recorded score and shows its rationale", () => {
    // Nexus Mutual UX: editorial 6 → 6.0
    const s = scoreUx({ uxScore: 6, uxRationale: "Web app; direct purchase needs KYC membership." });
    expect(s).toMatchObject({ category: "ux", label: "UX", score: 6, unknown: false, partial: false });
    expect(s.inputs).toEqual([
      { label: "Editorial score", value: "6" },
      { label: "Rationale", value: "Web app; direct purchase needs KYC membership." },
    ]);
    expect(s.explanation).toBe("editorial score 6 → 6.0");
  });

  it("rounds a fractional score half-up to one decimal", () => {
    // 5.55 → 5.6 (Decimal(4, 2) column allows two decimals)
    expect(scoreSupport({ supportScore: 5.55, supportRationale: "x" }).score).toBe(5.6);
  });

  it("scores a missing score 0 and flags it unknown, even with a rationale", () => {
    const s = scoreSupport({ supportScore: null, supportRationale: "Draft note" });
    expect(s).toMatchObject({ category: "support", score: 0, unknown: true, partial: false });
    expect(s.explanation).toContain("no editorial score recorded → 0");
  });

  it("flags a score without a rationale as partial", () => {
    const s = scoreUx({ uxScore: 4, uxRationale: "   " });
    expect(s).toMatchObject({ score: 4, unknown: false, partial: true });
    expect(s.explanation).toBe("editorial score 4 (no rationale recorded) → 4.0");
  });

  it("rejects a score outside 0–10", () => {
    expect(() => scoreUx({ uxScore: 11, uxRationale: "x" })).toThrow(RangeError);
    expect(() => scoreUx({ uxScore: Number.NaN, uxRationale: "x" })).toThrow(RangeError);
  });
});
