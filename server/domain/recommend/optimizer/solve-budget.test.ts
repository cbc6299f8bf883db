import { beforeAll, describe, expect, it } from "vitest";
import { gap, PREFS, product } from "../test-fixtures";
import { loadSolver } from "./load-solver";
import { optimizeBudget, solveBudget, type LpSolver } from "./solve-budget";
import type { BudgetInput } from "./types";

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadSolver();
});

// Two positions, each a $80,000 / $40,000 gap to the 0.8 target:
//   A: Aave, $100,000, grade D (5 %/yr)   B: Lido, $50,000, grade B (1 %/yr)
const A = gap({ positionId: "A", positionLabel: "Aave USDC", venue: "aave-v3", riskGrade: "D" });
const B = gap({ positionId: "B", positionLabel: "Lido stETH", venue: "lido", exposureUsd: "50000", riskGrade: "B" });
const onlyAave = product({ id: "pa", name: "Aave Cover", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2" });
const onlyLido = product({ id: "pl", name: "Lido Cover", venues: ["lido"], premiumLowPct: "1", premiumHighPct: "1" });

const input = (over: Partial<BudgetInput>): BudgetInput => ({
  budgetUsd: "1000", gaps: [A, B], products: [onlyAave, onlyLido], prefs: PREFS, ...over,
});

describe("budget optimizer — small programs solved by hand", () => {
  it("budget-bound: spends the budget where a premium dollar covers the most expected loss", () => {
    // Expected loss covered per premium dollar: A 0.05 / 0.02 = 2.5, B 0.01 / 0.01 = 1.
    // So all $1,000 goes to A: x = 1,000 / 0.02 = 50,000 (< gap 80,000); B gets nothing.
    const r = solveBudget(input({}), solver);
    expect(r.status).toBe("optimal");
    expect(r.allocations.map((a) => [a.positionId, a.productId, a.amountUsd, a.premiumUsd])).toEqual([
      ["A", "pa", "50000.00", "1000.00"],
    ]);
    // covered 50,000 × 0.05 = 2,500; open 100,000 × 0.05 + 50,000 × 0.01 = 5,500; left 3,000
    expect(r).toMatchObject({ budgetUsedUsd: "1000.00", budgetLeftUsd: "0.00", expectedLossCoveredUsd: "2500.00",
      expectedLossOpenUsd: "5500.00", expectedLossLeftUsd: "3000.00" });
    expect(r.budgetShadowPrice).toBeCloseTo(2.5, 9);
    expect(r.binding).toEqual([{ kind: "budget", ref: "budget", text: "Budget fully used: $1,000.00 of $1,000.00." }]);
    expect(r.summary[0]).toBe("Budget fully used: a larger budget would cover more expected loss.");
  });

  it("budget-bound across gaps: the cheaper-per-outcome gap is closed first, the rest goes on", () => {
    // Budget 2,000: A's whole gap costs 80,000 × 2 % = 1,600; the last 400 buys 40,000 of B at 1 %.
    const r = solveBudget(input({ budgetUsd: "2000" }), solver);
    expect(r.allocations.map((a) => [a.positionId, a.amountUsd, a.premiumUsd])).toEqual([
      ["A", "80000.00", "1600.00"], ["B", "40000.00", "400.00"],
    ]);
    // 80,000 × 0.05 + 40,000 × 0.01 = 4,000 + 400
    expect(r.expectedLossCoveredUsd).toBe("4400.00");
    expect(r.binding.map((b) => b.kind)).toEqual(["budget", "gap", "gap"]);
  });

  it("capacity-bound: a shared product's capacity goes to the riskier position", () => {
    // "Shared" (2 %, capacity 30,000) covers both; "Lido Cover" (1 %) only B. Budget is ample.
    // Shared per dollar covers 0.05 on A vs 0.01 on B, and A has no other product: all 30,000 to A.
    // B takes its whole 40,000 gap from Lido Cover. Premiums 600 + 400 = 1,000 of 10,000.
    const shared = product({ id: "ps", name: "Shared Cover", venues: ["aave-v3", "lido"], capacityUsd: "30000",
      premiumLowPct: "2", premiumHighPct: "2" });
    const r = solveBudget(input({ budgetUsd: "10000", products: [shared, onlyLido] }), solver);
    expect(r.allocations.map((a) => [a.positionId, a.productId, a.amountUsd, a.premiumUsd])).toEqual([
      ["A", "ps", "30000.00", "600.00"], ["B", "pl", "40000.00", "400.00"],
    ]);
    // 30,000 × 0.05 + 40,000 × 0.01 = 1,500 + 400
    expect(r.expectedLossCoveredUsd).toBe("1900.00");
    expect(r.budgetShadowPrice).toBeCloseTo(0, 9);
    expect(r.binding).toEqual([
      { kind: "capacity", ref: "ps", text: "Capacity of Shared Cover reached ($30,000.00)." },
      { kind: "gap", ref: "B:protocol_exploit", text: "Gap of Lido stETH (protocol exploit) closed ($40,000.00)." },
    ]);
    expect(r.summary).toEqual([
      "Budget not fully used ($9,000.00 left): every gap a priced product can cover is closed or its products are full.",
      "Capacity reached for 1 product: Shared Cover.",
      "1 of 2 coverable gaps to target closed.",
    ]);
  });

  it("prices at the chosen point of the range and discounts the deductible", () => {
    // Range 1–4 %, basis high → 4 %; deductible 10 % of loss → 0.05 × 0.9 = 0.045 per dollar.
    // Budget 400 / 0.04 = 10,000 of A; covered 10,000 × 0.045 = 450. Multiple 0.04 / 0.045 = 0.89.
    const p = product({ id: "d", venues: ["aave-v3"], premiumLowPct: "1", premiumHighPct: "4",
      deductible: { kind: "pct_of_loss", value: "10" } });
    const r = solveBudget(input({ budgetUsd: "400", gaps: [A], products: [p], priceBasis: "high" }), solver);
    expect(r.allocations[0]).toMatchObject({ amountUsd: "10000.00", premiumUsd: "400.00", premiumPct: "4",
      deductibleShare: 0.1, lossProbability: 0.05, expectedLossCoveredUsd: "450.00", valueMultiple: 0.89,
      priceLabel: "published range 1–4 %, high 4 %" });
    // Mid (the default) → 2.5 %: 400 / 0.025 = 16,000 of A; covered 16,000 × 0.045 = 720.
    const mid = solveBudget(input({ budgetUsd: "400", gaps: [A], products: [p] }), solver);
    expect(mid.allocations[0]).toMatchObject({ amountUsd: "16000.00", premiumPct: "2.5", expectedLossCoveredUsd: "720.00",
      priceLabel: "published range 1–4 %, mid 2.5 %" });
    expect(mid.assumptions.premiumBasis).toBe("mid");
  });

  it("a valid quote prices its product instead of the range", () => {
    // Quote 1.5 %: 400 / 0.015 = 26,666.666…; 26,666.67 × 1.5 % = 400.00005, which is 400.00 to the cent: within budget.
    const p = product({ id: "d", venues: ["aave-v3"], premiumLowPct: "1", premiumHighPct: "4" });
    const quotes = new Map([["d", { id: "q", productId: "d", ratePct: "1.5", quotedAt: "2026-11-28", validUntil: null }]]);
    const r = solveBudget(input({ budgetUsd: "400", gaps: [A], products: [p], quotes }), solver);
    expect(r.allocations[0]).toMatchObject({ amountUsd: "26666.67", premiumPct: "1.5", priceLabel: "your quote 1.5 % · Nov 28, 2026" });
  });

  it("leaves poor value out, says how many, and spends nothing when nothing is worth buying", () => {
    // The $50k case in small: 29 %/yr on a grade C position (2.5 %) is 11.6× the expected loss.
    const pendle = gap({ positionId: "P", positionLabel: "Pendle PT", venue: "pendle", riskGrade: null });
    const dear = product({ id: "dear", name: "Yield Token Cover", venues: ["pendle"], premiumLowPct: "1", premiumHighPct: "29" });
    const r = solveBudget(input({ budgetUsd: "50000", gaps: [pendle], products: [dear], priceBasis: "high" }), solver);
    expect(r).toMatchObject({ status: "empty", budgetUsedUsd: "0.00", allocations: [], poorValue: { count: 1 } });
    expect(r.notes[0]).toContain("Nothing is worth buying at these prices");
    expect(r.poorValue.examples[0]).toBe("Yield Token Cover for Pendle PT (protocol exploit): published range 1–29 %, high 29 %, 11.6× the expected loss");
    // At the low end, 1 % is 0.4×: worth buying; a user who accepts 12× buys it at 29 % too.
    expect(solveBudget(input({ budgetUsd: "50000", gaps: [pendle], products: [dear], priceBasis: "low" }), solver).status).toBe("optimal");
    expect(solveBudget(input({ budgetUsd: "50000", gaps: [pendle], products: [dear], priceBasis: "high", maxLoading: 12 }), solver).status).toBe("optimal");
  });

  it("prefers the product without a deductible when both fit the gap", () => {
    // Same price; "net" covers 0.05 per dollar, "ded" 0.05 × (1 − 0.5). Budget ample: all to net.
    const net = product({ id: "net", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2" });
    const ded = product({ id: "ded", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2",
      deductible: { kind: "pct_of_cover", value: "50" } });
    const r = solveBudget(input({ budgetUsd: "100000", gaps: [A], products: [ded, net] }), solver);
    expect(r.allocations.map((a) => [a.productId, a.amountUsd])).toEqual([["net", "80000.00"]]);
  });

  it("rounds to cents without going over: 100 / 3 % = 3,333.33…", () => {
    // x = 3,333.33 (cents); premium 3,333.33 × 3 % = 99.9999 → 100.00, exactly the budget.
    const p = product({ id: "t", venues: ["aave-v3"], premiumLowPct: "3", premiumHighPct: "3" });
    const r = solveBudget(input({ budgetUsd: "100", gaps: [A], products: [p] }), solver);
    expect(r.allocations[0]).toMatchObject({ amountUsd: "3333.33", premiumUsd: "100.00" });
    expect(r.budgetLeftUsd).toBe("0.00");
  });

  it("treats an ungraded position as grade C, and takes edited probabilities", () => {
    const ungraded = gap({ positionId: "U", venue: "aave-v3", riskGrade: null });
    const r = solveBudget(input({ budgetUsd: "20", gaps: [ungraded], products: [onlyAave] }), solver);
    // 20 / 0.02 = 1,000 at 2.5 % = 25
    expect(r.allocations[0]).toMatchObject({ amountUsd: "1000.00", lossProbability: 0.025, expectedLossCoveredUsd: "25.00" });
    expect(r.assumptions).toMatchObject({ defaultGrade: "C", premiumBasis: "mid", maxLoading: 3 });
    const edited = solveBudget(input({ budgetUsd: "20", gaps: [ungraded], products: [onlyAave], gradeProbabilities: { C: 0.1 } }), solver);
    expect(edited.expectedLossCoveredUsd).toBe("100.00");
    expect(() => solveBudget(input({ gradeProbabilities: { A: 2 } }), solver)).toThrow(RangeError);
  });

  it("marks rows below the product's minimum purchase", () => {
    const p = product({ id: "m", venues: ["aave-v3"], premiumLowPct: "2", premiumHighPct: "2", minAmountUsd: "25000" });
    const r = solveBudget(input({ budgetUsd: "100", gaps: [A], products: [p] }), solver);
    expect(r.allocations[0]).toMatchObject({ amountUsd: "5000.00", belowMinimum: true });
    expect(r.notes.some((n) => n.includes("minimum purchase"))).toBe(true);
  });
});

describe("budget optimizer — empty and infeasible", () => {
  it("is empty when no product can be priced, and says which were left out", () => {
    const quote = product({ id: "q", name: "Bespoke", premiumLowPct: null, premiumHighPct: null });
    const r = solveBudget(input({ products: [quote] }), solver);
    expect(r).toMatchObject({ status: "empty", solverStatus: "not run", allocations: [], budgetUsedUsd: "0.00",
      expectedLossCoveredUsd: "0.00", expectedLossOpenUsd: "5500.00", expectedLossLeftUsd: "5500.00" });
    expect(r.notes).toContain("Quote-only products cannot be priced and were left out: Bespoke.");
    expect(r.notes).toContain("2 gaps have no eligible priced product: Aave USDC (protocol exploit), Lido stETH (protocol exploit).");
  });

  it("is empty when every gap is at target", () => {
    const r = solveBudget(input({ gaps: [gap({ insuredUsd: "80000", ratio: 0.8 })] }), solver);
    expect(r.status).toBe("empty");
  });

  it("buys nothing with a zero budget", () => {
    const r = solveBudget(input({ budgetUsd: "0" }), solver);
    expect(r).toMatchObject({ status: "optimal", allocations: [], budgetUsedUsd: "0.00", binding: [] });
    expect(r.summary[0]).toBe("No premium budget: only cover with a zero premium can be allocated.");
  });

  it("still allocates free cover with a zero budget", () => {
    const free = product({ id: "f", venues: ["aave-v3"], premiumLowPct: "0", premiumHighPct: "0", capacityUsd: "10000" });
    const r = solveBudget(input({ budgetUsd: "0", gaps: [A], products: [free] }), solver);
    expect(r.allocations.map((a) => [a.amountUsd, a.premiumUsd])).toEqual([["10000.00", "0.00"]]);
  });

  it("reports a negative budget as infeasible (HiGHS proves it)", () => {
    const r = solveBudget(input({ budgetUsd: "-5" }), solver);
    expect(r).toMatchObject({ status: "infeasible", solverStatus: "Infeasible", allocations: [] });
    expect(r.notes).toContain("The budget is negative.");
  });

  it("optimizeBudget loads the solver once and gives the same answer", async () => {
    const [a, b] = await Promise.all([optimizeBudget(input({})), optimizeBudget(input({}))]);
    expect(a).toEqual(solveBudget(input({}), solver));
    expect(b).toEqual(a);
    expect(await loadSolver()).toBe(solver);
  });
});

describe("budget optimizer — tail mode through solveBudget", () => {
  // Two Aave v3 positions that fail together (grade D, 5 %) against one Lido position (grade E edited to 6 %):
  // the tail-mode engine's own test (tail/solve-tail.test.ts) works the figures out; here the wiring.
  const tailInput = (over: Partial<BudgetInput> = {}): BudgetInput => input({
    budgetUsd: "400",
    gradeProbabilities: { E: 0.06 },
    gaps: [
      gap({ positionId: "A1", positionLabel: "Aave ETH", venue: "aave-v3", chain: "ethereum", exposureUsd: "10000", riskGrade: "D" }),
      gap({ positionId: "A2", positionLabel: "Aave ARB", venue: "aave-v3", chain: "arbitrum", exposureUsd: "120000", riskGrade: "D" }),
      gap({ positionId: "B", positionLabel: "Lido stETH", venue: "lido", exposureUsd: "100000", riskGrade: "E" }),
    ],
    products: [
      product({ id: "pe", venues: ["aave-v3"], chains: ["ethereum"], premiumLowPct: "1.9", premiumHighPct: "1.9" }),
      product({ id: "pa", venues: ["aave-v3"], chains: ["arbitrum"], premiumLowPct: "2", premiumHighPct: "2" }),
      product({ id: "pl", venues: ["lido"], chains: ["ethereum"], premiumLowPct: "2", premiumHighPct: "2" }),
    ],
    ...over,
  });

  it("expected mode buys the riskier Lido position; tail mode spreads it over the Aave positions that fail together, and says why", () => {
    const expected = solveBudget(tailInput(), solver);
    expect(expected).toMatchObject({ mode: "expected", tail: null });
    expect(expected.allocations.map((a) => [a.positionId, a.amountUsd])).toEqual([["B", "20000.00"]]);

    const tail = solveBudget(tailInput({ mode: "tail", seed: 1 }), solver);
    expect(tail.mode).toBe("tail");
    expect(tail.allocations.map((a) => [a.positionId, a.amountUsd, a.premiumUsd])).toEqual([
      ["A1", "8000.00", "152.00"], ["A2", "12400.00", "248.00"],
    ]);
    expect(tail.budgetUsedUsd).toBe("400.00");
    const t = tail.tail!;
    expect(t).toMatchObject({ scenarios: 2000, seed: 1, premiumUsd: "400.00" });
    // CVaR₉₅ falls with the plan, and is lower than expected mode's plan on the same years; expected loss is the other way round.
    expect(Number(t.after.cvar95Usd)).toBeLessThan(Number(t.before.cvar95Usd));
    expect(Number(t.after.cvar95Usd)).toBeLessThan(Number(t.expectedModePlan.cvar95Usd));
    expect(Number(t.expectedModePlan.expectedLossUsd)).toBeLessThan(Number(t.after.expectedLossUsd));
    expect(t.whyDifferent[0]).toBe("Spreads cover across the 2 Aave v3 positions because they fail together: $20,400.00 in all (expected mode: $0.00).");
  });

  it("is deterministic for a seed", () => {
    const a = solveBudget(tailInput({ mode: "tail", seed: 42, scenarios: 500 }), solver);
    const b = solveBudget(tailInput({ mode: "tail", seed: 42, scenarios: 500 }), solver);
    expect(b.allocations).toEqual(a.allocations);
    expect(b.tail).toEqual(a.tail);
  });

  it("keeps poor value out in tail mode too", () => {
    // At maxLoading 0.3 every pair (multiples 0.38–0.4) is poor value: nothing is bought.
    const r = solveBudget(tailInput({ mode: "tail", maxLoading: 0.3 }), solver);
    expect(r).toMatchObject({ status: "empty", budgetUsedUsd: "0.00", allocations: [] });
    expect(r.notes[0]).toMatch(/^Nothing is worth buying/);
  });
});
