import { beforeAll, describe, expect, it } from "vitest";
import { gap, product } from "../../test-fixtures";
import { loadSolver } from "../load-solver";
import { buildTailLp } from "./build-tail-lp";
import { riskFigures } from "./evaluate-plan";
import { explainTail } from "./explain-tail";
import { solveTail, solveTailOn, tailSetup, type TailSolver } from "./solve-tail";
import { expectedPlan, tailModel, years } from "./tail-fixtures";

let solver: TailSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

const amountsOf = (xs: readonly { toFixed(n: number): string }[]) => xs.map((x) => x.toFixed(2));

describe("tail mode — three positions, every outcome enumerated", () => {
  // Gaps (target 0.8), q from the default grades:
  //   0  A1  Aave v3 on Ethereum  $100,000  grade D  q 0.05   gap 80,000   "pe" 2 %
  //   1  A2  Aave v3 on Arbitrum   $50,000  grade E  q 0.10   gap 40,000   "pa" 1 %
  //   2  B   Lido                  $80,000  grade E  q 0.10   gap 64,000   "pl" 2 %
  // Drivers: Aave (U₁: A1 and A2 if U₁ < 0.05, A2 alone if 0.05 ≤ U₁ < 0.1) and Lido (U₂ < 0.1).
  // The exact distribution in 200 equally likely years:
  //   hit          probability           years   loss with no new cover
  //   A1 A2 B      0.05 · 0.1  = 0.005      1     230,000
  //   A1 A2        0.05 · 0.9  = 0.045      9     150,000
  //   A2 B         0.05 · 0.1  = 0.005      1     130,000
  //   B            0.9  · 0.1  = 0.09      18      80,000
  //   A2           0.05 · 0.9  = 0.045      9      50,000
  //   nothing      0.9  · 0.9  = 0.81     162           0
  const model = tailModel(
    [
      gap({ positionId: "A1", positionLabel: "Aave USDC (Ethereum)", venue: "aave-v3", chain: "ethereum", riskGrade: "D" }),
      gap({ positionId: "A2", positionLabel: "Aave USDC (Arbitrum)", venue: "aave-v3", chain: "arbitrum", exposureUsd: "50000", riskGrade: "E" }),
      gap({ positionId: "B", positionLabel: "Lido stETH", venue: "lido", exposureUsd: "80000", riskGrade: "E" }),
    ],
    [
      product({ id: "pe", name: "Aave Ethereum Cover", venues: ["aave-v3"], chains: ["ethereum"], premiumLowPct: "2", premiumHighPct: "2" }),
      product({ id: "pa", name: "Aave Arbitrum Cover", venues: ["aave-v3"], chains: ["arbitrum"], premiumLowPct: "1", premiumHighPct: "1" }),
      product({ id: "pl", name: "Lido Cover", venues: ["lido"], chains: ["ethereum"], premiumLowPct: "2", premiumHighPct: "2" }),
    ],
    { budgetUsd: "700" },
  );
  const set = years(200, [[[0, 1, 2], 1], [[0, 1], 9], [[1, 2], 1], [[2], 18], [[1], 9]]);

  it("computes the figures before new cover by hand", () => {
    // Expected loss: (230 + 9·150 + 130 + 18·80 + 9·50)k / 200 = 3,600k / 200 = 18,000
    //   (= Σ q · open = 0.05·100k + 0.1·50k + 0.1·80k).
    // CVaR₉₅: the worst 5 % is 10 years, 1 × 230k and 9 × 150k: 1,580k / 10 = 158,000.
    expect(riskFigures(model, set, [])).toEqual({ expectedLossUsd: "18000.00", cvar95Usd: "158000.00" });
  });

  it("minimises CVaR₉₅ plus premiums, and its figures match the evaluator to the cent", () => {
    // Those 10 years all hit Aave, 1 of them Lido. Per premium dollar, cover on A2 (1 %) cuts
    // CVaR by 1/0.01 = 100, on A1 (2 %) by 50, on B by 0.1/0.02 = 5, all more than the dollar
    // they cost: so A2's whole gap (40,000 for $400), then A1 with the $300 left (15,000).
    // Losses then: 175k ×1, 95k ×9, 90k ×1 (A2 B), 80k ×18, 10k ×9 — the same 10 years are
    // the worst (A1 ≤ 20,000 keeps 150k − A1 − 40k above A2 B's 90k).
    // CVaR₉₅ = (175k + 9 · 95k) / 10 = 103,000; expected loss 18,000 − 0.05·15k − 0.1·40k = 13,250.
    const r = solveTailOn(model, set, solver);
    expect(r.status).toBe("optimal");
    expect(amountsOf(r.amounts)).toEqual(["15000.00", "40000.00", "0.00"]);
    expect(r.premiumUsd).toBe("700.00");
    expect(r.before).toEqual({ expectedLossUsd: "18000.00", cvar95Usd: "158000.00" });
    expect(r.after).toEqual({ expectedLossUsd: "13250.00", cvar95Usd: "103000.00" });
    expect(riskFigures(model, set, r.amounts)).toEqual(r.after);
    // The LP's optimum is that CVaR plus the premium.
    const lp = solver.solve(buildTailLp(model, set), { output_flag: false });
    expect(lp.ObjectiveValue).toBeCloseTo(103_700, 4);
  });

  it("shows expected mode's plan on the same years: less expected loss, a worse tail", () => {
    // Expected mode: per premium dollar A2 0.1/0.01 = 10, B 0.1/0.02 = 5, A1 0.05/0.02 = 2.5:
    // A2's 40,000 ($400), then B 15,000 ($300).
    // Losses: 175k ×1, 110k ×9, 75k ×1, 65k ×18, 10k ×9 → CVaR (175k + 9·110k) / 10 = 116,500;
    // expected loss 18,000 − 0.1·40k − 0.1·15k = 12,500.
    const expected = expectedPlan(model, solver);
    expect(amountsOf(expected)).toEqual(["0.00", "40000.00", "15000.00"]);
    expect(riskFigures(model, set, expected)).toEqual({ expectedLossUsd: "12500.00", cvar95Usd: "116500.00" });
  });
});

describe("tail mode — two positions on one venue against a riskier independent one", () => {
  // A1, A2: Aave v3 (grade D, q 0.05), $10,000 and $120,000, fail together: $130,000 in an Aave year.
  // B: Lido, $100,000, q 0.06 (grade E edited) — slightly riskier on its own.
  // Premiums 1.9 % (A1), 2 % (A2, B); budget $400.
  const model = tailModel(
    [
      gap({ positionId: "A1", venue: "aave-v3", chain: "ethereum", exposureUsd: "10000", riskGrade: "D" }),
      gap({ positionId: "A2", venue: "aave-v3", chain: "arbitrum", exposureUsd: "120000", riskGrade: "D" }),
      gap({ positionId: "B", positionLabel: "Lido stETH", venue: "lido", exposureUsd: "100000", riskGrade: "E" }),
    ],
    [
      product({ id: "pe", venues: ["aave-v3"], chains: ["ethereum"], premiumLowPct: "1.9", premiumHighPct: "1.9" }),
      product({ id: "pa", venues: ["aave-v3"], chains: ["arbitrum"], premiumLowPct: "2", premiumHighPct: "2" }),
      product({ id: "pl", venues: ["lido"], chains: ["ethereum"], premiumLowPct: "2", premiumHighPct: "2" }),
    ],
    { budgetUsd: "400", grades: { E: 0.06 } },
  );

  it("expected mode buys the riskier position; tail mode covers the venue that fails as one", () => {
    // Expected loss covered per premium dollar: B 0.06/0.02 = 3 beats A1 0.05/0.019 ≈ 2.63 and
    // A2 2.5, so expected mode spends it all on B: 20,000.
    const expected = expectedPlan(model, solver);
    expect(amountsOf(expected)).toEqual(["0.00", "0.00", "20000.00"]);
    // An Aave year loses 130k, a Lido year 100k: the worst 5 % of 2,000 years (100) are the Aave
    // years (about 100), topped up with Lido-only years when fewer were drawn. Cover on Aave cuts
    // CVaR by ~0.9 per dollar, on B by ~0.2 at most: tail mode buys A1's whole gap (8,000 at 1.9 % = $152), then A2 with the
    // $248 left (12,400) — which still leaves an Aave year (109.6k) worse than a Lido one.
    const tail = solveTail(model, { seed: 1 }, solver);
    expect(tail.status).toBe("optimal");
    expect(amountsOf(tail.amounts)).toEqual(["8000.00", "12400.00", "0.00"]);
    expect(tail.premiumUsd).toBe("400.00");

    // On the same years: tail mode's plan has the lower CVaR₉₅, expected mode's the lower expected loss.
    const { scenarios } = tailSetup(model, { seed: 1 });
    const exp = riskFigures(model, scenarios, expected);
    expect(Number(tail.after.cvar95Usd)).toBeLessThan(Number(exp.cvar95Usd));
    expect(Number(exp.expectedLossUsd)).toBeLessThan(Number(tail.after.expectedLossUsd));

    // Why, in words: Aave is in most of the worst years (this seed drew 86 Aave years, not 100,
    // so 14 Lido-only years fill the tail), Lido in few (18 %).
    const share = Object.fromEntries(tail.drivers.map((d) => [d.id, d.worstYearsShare]));
    expect(share["venue:aave-v3"]).toBeGreaterThan(0.75);
    expect(share["venue:lido"]).toBeLessThan(0.25);
    const lines = explainTail(model, tail.drivers, expected, tail.amounts);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "Spreads cover across the 2 Aave v3 positions because they fail together: $20,400.00 in all (expected mode: $0.00).",
    );
    expect(lines[1]).toMatch(/^Buys \$20,000\.00 less on Lido: (rarely in the worst 5 % of years \(\d+ %\)|in only \d+ % of the worst 5 % of years)\.$/);
  });

  it("is deterministic for a seed, and the seed matters", () => {
    const a = solveTail(model, { seed: 7, scenarios: 1000 }, solver);
    expect(solveTail(model, { seed: 7, scenarios: 1000 }, solver)).toEqual(a);
    expect(a).toMatchObject({ seed: 7, scenarios: 1000 });
    const b = solveTail(model, { seed: 8, scenarios: 1000 }, solver);
    expect(b.before).not.toEqual(a.before);
    expect(tailSetup(model, { seed: 8, scenarios: 1000 }).scenarios.hits).not.toEqual(tailSetup(model, { seed: 7, scenarios: 1000 }).scenarios.hits);
  });
});

describe("tail mode — nothing to solve, or no solution", () => {
  const A = gap({ positionId: "A", venue: "aave-v3", riskGrade: "D" });
  const cover = product({ id: "pa", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2" });

  it("is empty without an eligible priced product, and still measures the risk", () => {
    const quote = product({ id: "q", premiumLowPct: null, premiumHighPct: null });
    const r = solveTail(tailModel([A], [quote]), { scenarios: 400 }, solver);
    expect(r).toMatchObject({ status: "empty", solverStatus: "not run", amounts: [], premiumUsd: "0.00" });
    expect(r.after).toEqual(r.before);
    expect(Number(r.before.cvar95Usd)).toBeGreaterThan(0);
  });

  it("reports a negative budget as infeasible (HiGHS proves it)", () => {
    const r = solveTail(tailModel([A], [cover], { budgetUsd: "-5" }), { scenarios: 400 }, solver);
    expect(r).toMatchObject({ status: "infeasible", solverStatus: "Infeasible" });
    expect(amountsOf(r.amounts)).toEqual(["0.00"]);
  });

  it("reports a solver that stops early as an error and buys nothing", () => {
    const stopped: TailSolver = { solve: () => ({ Status: "Time limit reached", ObjectiveValue: 0, Columns: {}, Rows: [] }) as never };
    const r = solveTail(tailModel([A], [cover]), { scenarios: 400 }, stopped);
    expect(r).toMatchObject({ status: "error", solverStatus: "Time limit reached", premiumUsd: "0.00" });
    expect(amountsOf(r.amounts)).toEqual(["0.00"]);
    expect(r.after).toEqual(r.before);
  });
});
