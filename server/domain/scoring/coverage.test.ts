import { describe, expect, it } from "vitest";
import { scoreCoverage } from "./coverage";
import { ETHERISC, NEXUS_MUTUAL, unknownFacts } from "./test-fixtures";

const coverage = (overrides: Parameters<typeof unknownFacts>[0]) => scoreCoverage(unknownFacts(overrides));

describe("coverage: 1.2 × min(5, crypto types) + 0.8 × min(5, chains), 0 if wound down", () => {
  it("gives Nexus Mutual full marks (7 types, 8 chains)", () => {
    // 1.2 × min(5, 7) = 6; 0.8 × min(5, 8) = 4; 6 + 4 = 10
    const s = scoreCoverage(NEXUS_MUTUAL);
    expect(s).toMatchObject({ score: 10, unknown: false, partial: false });
    expect(s.explanation).toBe(
      "Coverage types: 1.2 × min(5, 7) = 6; Chains: 0.8 × min(5, 8) = 4; sum 6 + 4 = 10; status active → × 1 → 10.0",
    );
  });

  it("does not count parametric_other (flight, weather, crop) as crypto cover (Etherisc)", () => {
    // types: depeg only → 1.2 × 1 = 1.2; chains: ethereum, gnosis → 0.8 × 2 = 1.6; 1.2 + 1.6 = 2.8
    const s = scoreCoverage(ETHERISC);
    expect(s.score).toBe(2.8);
    expect(s.explanation).toContain("(not counted: parametric_other)");
    expect(s.explanation).toContain("status unknown → not penalised (× 1)");
    expect(s.inputs[2]).toEqual({ label: "Status", value: null });
  });

  it("scores a wound-down provider 0 whatever it used to cover (Neptune Mutual)", () => {
    // would be 1.2 × 2 + 0.8 × 2 = 4, × 0 = 0
    const s = coverage({ status: "wound_down", coverageTypes: ["protocol_exploit", "custody_theft"], chains: ["ethereum", "arbitrum"] });
    expect(s.score).toBe(0);
    expect(s.unknown).toBe(false);
    expect(s.explanation).toContain("status wound_down: no new cover can be bought → × 0 = 0");
  });

  it("counts each type and chain once", () => {
    // 1.2 × 1 + 0.8 × 1 = 2
    expect(coverage({ coverageTypes: ["depeg", "depeg"], chains: ["base", "base"] }).score).toBe(2);
  });

  it("ignores types outside the vocabulary", () => {
    // only "depeg" counts → 1.2; chains unknown → 0
    expect(coverage({ coverageTypes: ["depeg", "earthquake"] }).score).toBe(1.2);
  });

  it("flags unknown chains as partial, and nothing known as unknown", () => {
    // custodian: custody_theft only, chains not stated → 1.2 × 1 + 0 = 1.2
    expect(coverage({ status: "active", coverageTypes: ["custody_theft"] })).toMatchObject({ score: 1.2, partial: true, unknown: false });
    expect(coverage({})).toMatchObject({ score: 0, unknown: true, partial: false });
  });

  it("a known list of only non-crypto types scores 0 but is not unknown (Arbol)", () => {
    expect(coverage({ coverageTypes: ["parametric_other"] })).toMatchObject({ score: 0, unknown: false, partial: true });
  });
});
