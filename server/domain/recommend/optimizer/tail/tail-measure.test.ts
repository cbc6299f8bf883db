import { describe, expect, it } from "vitest";
import { Decimal } from "../../../money";
import { cvar, meanLoss, tailWeights } from "./tail-measure";

const d = (xs: number[]) => xs.map((x) => new Decimal(x));

describe("CVaR₉₅ of scenario years", () => {
  it("averages the worst 5 % of years, empty years included as losses of 0", () => {
    // 100 years, 3 with a loss: the worst 5 are 100, 50, 30, 0, 0 → 180 / 5 = 36.
    expect(cvar(d([30, 100, 50]), 100).toString()).toBe("36");
    expect(meanLoss(d([30, 100, 50]), 100).toString()).toBe("1.8");
  });

  it("weighs the year straddling the VaR by the fraction of it in the tail", () => {
    // 30 years: the tail is 1.5 years = all of the 100 and half of the 50 → (100 + 25) / 1.5.
    expect(cvar(d([50, 100, 30]), 30).toFixed(6)).toBe("83.333333");
    expect(tailWeights(d([50, 100, 30]), 30).map((w) => w.toFixed(6))).toEqual(["0.333333", "0.666667", "0.000000"]);
    // One year: the tail is 0.05 of it, so CVaR is that year's loss.
    expect(cvar(d([7]), 1).toString()).toBe("7");
  });

  it("is the minimum of the Rockafellar–Uryasev function α + Σ (L − α)⁺ / ((1 − β)·N)", () => {
    const losses = d([50, 100, 30, 30, 10]);
    const ru = (alpha: number) => losses.reduce((s, l) => s.plus(Decimal.max(0, l.minus(alpha))), new Decimal(alpha * 1.5)).div(1.5);
    const best = Decimal.min(...[0, 10, 30, 50, 100].map(ru));
    expect(cvar(losses, 30).toFixed(9)).toBe(best.toFixed(9));
  });
});
