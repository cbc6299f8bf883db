import { describe, expect, it } from "vitest";
import { budgetError, normalizeBudget, probabilityDraft, probabilityErrors, toProbabilities } from "./budget-model";
import { filterInput, pageView } from "./filter-model";

describe("suggestion filters and pages", () => {
  it("sends only the filters that are set", () => {
    expect(filterInput({ risk: "all", grade: "all", periodDays: 365 })).toEqual({});
    expect(filterInput({ risk: "depeg", grade: "none", periodDays: 365 })).toEqual({ risk: "depeg", grade: "none" });
    expect(filterInput({ risk: "all", grade: "all", periodDays: 90 })).toEqual({ periodDays: 90 });
  });

  it("describes a page in words the pager uses", () => {
    expect(pageView({ offset: 10, limit: 10, total: 25 })).toEqual({ from: 11, to: 20, total: 25, hasPrevious: true, hasNext: true });
    expect(pageView({ offset: 20, limit: 10, total: 25 })).toMatchObject({ from: 21, to: 25, hasNext: false });
    expect(pageView({ offset: 0, limit: 10, total: 0 })).toMatchObject({ from: 0, to: 0, hasPrevious: false });
  });
});

describe("budget form", () => {
  it("accepts commas and a dollar sign, refuses signs and letters", () => {
    expect(normalizeBudget(" $25,000.50 ")).toBe("25000.50");
    expect(budgetError("25,000")).toBeNull();
    expect(budgetError("")).toMatch(/Enter your annual premium budget/);
    expect(budgetError("-5")).not.toBeNull();
  });

  it("edits probabilities as percentages without float noise", () => {
    const draft = probabilityDraft({ A: 0.005, B: 0.01, C: 0.025, D: 0.05, E: 0.1, F: 0.2 });
    expect(draft).toEqual({ A: "0.5", B: "1", C: "2.5", D: "5", E: "10", F: "20" });
    expect(toProbabilities({ ...draft, C: "2.9" }).C).toBe(0.029);
    expect(probabilityErrors({ ...draft, F: "120" })).toEqual({ F: "A percentage between 0 and 100, e.g. 2.5" });
  });
});
