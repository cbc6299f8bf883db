import { describe, expect, it } from "vitest";
import { Decimal } from "../money";
import { judgeValue } from "./value-guard";

describe("the value guard: m = rate / (q · (1 − d))", () => {
  it("computes the multiple", () => {
    // 29 %/yr on a grade C position (q = 2.5 %): 0.29 / 0.025 = 11.6 — poor value at the default 3
    expect(judgeValue("29", 0.025, new Decimal(0), 3)).toMatchObject({ multiple: 11.6, poorValue: true });
    // 1 %/yr: 0.01 / 0.025 = 0.4
    expect(judgeValue("1", 0.025, new Decimal(0), 3)).toMatchObject({ multiple: 0.4, poorValue: false });
    // a 20 % deductible: 0.06 / (0.025 · 0.8) = 0.06 / 0.02 = 3
    expect(judgeValue("6", 0.025, new Decimal("0.2"), 3).multiple).toBe(3);
  });

  it("marks poor value only above the limit, not at it", () => {
    // 7.5 % on q = 2.5 %: exactly 3
    expect(judgeValue("7.5", 0.025, new Decimal(0), 3)).toMatchObject({ multiple: 3, poorValue: false });
    // 7.5001 %: 3.0004 > 3
    expect(judgeValue("7.5001", 0.025, new Decimal(0), 3).poorValue).toBe(true);
    // the same 7.5001 % passes a user who accepts 4×
    expect(judgeValue("7.5001", 0.025, new Decimal(0), 4).poorValue).toBe(false);
  });

  it("says so in words a treasurer reads", () => {
    expect(judgeValue("15", 0.025, new Decimal(0), 3).text).toBe("Premium 6× the expected loss it covers (2.5 %/yr chance of loss): poor value above 3×");
    expect(judgeValue("1", 0.05, new Decimal(0), 3).text).toBe("Premium 0.2× the expected loss it covers (5 %/yr chance of loss)");
  });

  it("a cover that pays nothing in expectation is poor value at any price", () => {
    expect(judgeValue("0.1", 0, new Decimal(0), 20)).toMatchObject({ multiple: null, poorValue: true });
    expect(judgeValue("0.1", 0.05, new Decimal(1), 20)).toMatchObject({ multiple: null, poorValue: true });
  });
});
