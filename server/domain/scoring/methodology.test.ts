import { describe, expect, it } from "vitest";
import { METHODOLOGY } from "./methodology";
import { scoreProvider } from "./score-provider";
import { NEXUS_MUTUAL } from "./test-fixtures";

describe("methodology (as data for the UI)", () => {
  it("lists the six categories with the published default weights", () => {
    expect(METHODOLOGY.categories.map((c) => [c.label, c.defaultWeight, c.kind])).toEqual([
      ["Liquidity", 30, "computed"],
      ["Security", 25, "computed"],
      ["Coverage", 15, "computed"],
      ["Costs", 15, "computed"],
      ["UX", 10, "editorial"],
      ["Support", 5, "editorial"],
    ]);
  });

  it("states the same formula the scores report, and what an unknown scores", () => {
    const scored = scoreProvider(NEXUS_MUTUAL, { asOfYear: 2025 }).categories;
    for (const c of METHODOLOGY.categories) {
      expect(scored.find((s) => s.category === c.key)?.formula).toBe(c.formula);
      expect(c.whenUnknown).toMatch(/0|not penalised/);
      expect(c.facts.length).toBeGreaterThan(0);
    }
    expect(METHODOLOGY.total).toContain("Σ wₖ·sₖ / Σ wₖ");
  });
});
