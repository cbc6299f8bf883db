import { describe, expect, it } from "vitest";
import { profileValues, regionName, toProfileInput, toWeights, validateProfile, validateWeights, weightValues } from "./settings-form-model";

const settings = {
  email: "a@b.c", name: "Ada", region: null, kycOk: true, targetRatio: 0.8, weightsAreDefault: true,
  weights: { liquidity: 30, security: 25, coverage: 15, costs: 15, ux: 10, support: 5 },
  gradeProbabilities: { A: 0.005, B: 0.01, C: 0.025, D: 0.05, E: 0.1, F: 0.2 }, maxLoading: 3, incidentLookbackDays: 90,
};

describe("profile form", () => {
  it("shows the target ratio as a percentage and sends it back as a ratio", () => {
    const v = profileValues({ ...settings, targetRatio: 0.755 });
    expect(v.targetPct).toBe("75.5");
    expect(toProfileInput({ ...v, region: " de " })).toEqual({ name: "Ada", region: "DE", kycOk: true, targetRatio: 0.755 });
  });

  it("sends an empty region as null (not set)", () => {
    expect(toProfileInput(profileValues(settings)).region).toBeNull();
  });

  it.each([
    [{ targetPct: "0" }, "targetRatio"],
    [{ targetPct: "101" }, "targetRatio"],
    [{ targetPct: "eighty" }, "targetRatio"],
    [{ region: "Germany" }, "region"],
    [{ name: "  " }, "name"],
  ])("refuses %o on %s", (patch, field) => {
    expect(Object.keys(validateProfile({ ...profileValues(settings), ...patch }))).toEqual([field]);
  });

  it("names the region in words", () => {
    expect(regionName("de")).toBe("Germany");
    expect(regionName("ZZ")).toBeNull();
  });
});

describe("weights form", () => {
  it("round-trips the weights", () => {
    expect(toWeights(weightValues(settings.weights))).toEqual(settings.weights);
  });

  it("refuses all zeros and out-of-range values", () => {
    const zeros = { liquidity: "0", security: "0", coverage: "0", costs: "0", ux: "0", support: "0" };
    expect(validateWeights(zeros)).toEqual({ weights: "At least one weight must be above zero" });
    expect(validateWeights({ ...zeros, ux: "101" })).toEqual({ ux: "A number from 0 to 100" });
  });
});
