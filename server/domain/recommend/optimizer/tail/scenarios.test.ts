import { describe, expect, it } from "vitest";
import { gap } from "../../test-fixtures";
import type { RiskGrade } from "../../types";
import { riskDrivers } from "./drivers";
import { drawScenarios } from "./scenarios";
import { tailModel } from "./tail-fixtures";

// Three independent drivers; Aave holds four gaps of different grades (q from assumptions.ts).
const spec: [string, RiskGrade][] = [
  ["aave-v3", "F"], ["aave-v3", "D"], ["aave-v3", "D"], ["aave-v3", "A"], ["lido", "E"], ["curve", "C"],
];
const model = tailModel(spec.map(([venue, riskGrade], i) => gap({ positionId: `p${i}`, venue, riskGrade })), []);
const drivers = riskDrivers(model);
const q = model.gaps.map((g) => g.probability); // 0.2, 0.05, 0.05, 0.005, 0.1, 0.025

const N = 40_000;
const set = drawScenarios(model, drivers, { count: N, seed: 7 });
const hitIn = (s: number[], g: number) => s.includes(g);
const frequency = (pred: (s: number[]) => boolean) => set.hits.filter(pred).length / N;
/** Four standard errors of a frequency p over N years: the seed is fixed, so this is a check, not a flake. */
const tolerance = (p: number) => 4 * Math.sqrt((p * (1 - p)) / N);

describe("scenario years", () => {
  it("keeps each gap's annual probability", () => {
    expect(q).toEqual([0.2, 0.05, 0.05, 0.005, 0.1, 0.025]);
    q.forEach((p, g) => {
      expect(Math.abs(frequency((s) => hitIn(s, g)) - p)).toBeLessThanOrEqual(tolerance(p));
    });
  });

  it("hits gaps of one driver together: a riskier gap whenever a safer one", () => {
    const broken = set.hits.filter((s) =>
      hitIn(s, 1) !== hitIn(s, 2) || (hitIn(s, 3) && !hitIn(s, 1)) || (hitIn(s, 1) && !hitIn(s, 0)));
    expect(broken).toEqual([]);
    expect(frequency((s) => hitIn(s, 3))).toBeGreaterThan(0);
  });

  it("draws drivers independently", () => {
    const p = 0.2 * 0.1;
    expect(Math.abs(frequency((s) => hitIn(s, 0) && hitIn(s, 4)) - p)).toBeLessThanOrEqual(tolerance(p));
  });

  it("lists only the years that hit something, and counts the rest", () => {
    expect(set.count).toBe(N);
    expect(set.empty + set.hits.length).toBe(N);
    expect(set.hits.filter((s) => s.length === 0 || s.some((g, k) => k > 0 && g <= s[k - 1]!))).toEqual([]);
    // P(nothing) = 0.8 · 0.9 · 0.975 = 0.702
    expect(Math.abs(set.empty / N - 0.702)).toBeLessThanOrEqual(tolerance(0.702));
  });

  it("is the same for the same seed and differs for another", () => {
    const again = drawScenarios(model, drivers, { count: 500, seed: 7 });
    expect(drawScenarios(model, drivers, { count: 500, seed: 7 })).toEqual(again);
    expect(drawScenarios(model, drivers, { count: 500, seed: 8 }).hits).not.toEqual(again.hits);
    // The first years of a longer run are the shorter run.
    expect(set.hits.slice(0, 20)).toEqual(again.hits.slice(0, 20));
  });

  it("rejects a count or seed it cannot use", () => {
    for (const opts of [{ count: 0, seed: 1 }, { count: 1.5, seed: 1 }, { count: 10, seed: -1 }, { count: 10, seed: 2 ** 32 }]) {
      expect(() => drawScenarios(model, drivers, opts)).toThrow(RangeError);
    }
  });
});
