import { describe, expect, it } from "vitest";
import { formatCents, MAX_CENTS, mulDivFloor, parseCents, parseSmallRatio, ratio4, roundCents } from "./cents";

describe("parseCents: money is rounded half-up to cents on entry", () => {
  it.each([
    ["1234.5", 123_450], // 1234.50
    ["1000000", 100_000_000],
    ["0.004", 0], // 0.004 → 0.00
    ["0.005", 1], // 0.005 → 0.01 (half-up)
    ["100.994999", 10_099], // third decimal 4 → 100.99
    ["100.995", 10_100], // third decimal 5 → 101.00
    ["7.", 700],
    [".5", 50], // via decimal.js
    ["1e3", 100_000], // via decimal.js
    ["0012.30", 1_230],
  ])("%s → %i cents", (text, cents) => {
    expect(parseCents(text, "valueUsd")).toBe(cents);
  });

  it.each(["-1", "abc", "", "1,000", "NaN", "Infinity"])("rejects %j", (text) => {
    expect(() => parseCents(text, "valueUsd")).toThrow(RangeError);
  });

  it("rejects amounts beyond $90 trillion, where cents stop being exact numbers", () => {
    expect(parseCents("90071992547409.91", "x")).toBe(MAX_CENTS); // 2^53 − 1 cents
    expect(() => parseCents("90071992547409.92", "x")).toThrow(/90 trillion/);
  });
});

describe("formatCents", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [123_450, "1234.50"],
    [MAX_CENTS, "90071992547409.91"],
  ])("%i cents → %s", (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });
});

describe("ratio4: a share rounded half-up to 4 decimals", () => {
  it("rounds 2/3 to 0.6667", () => {
    expect(ratio4(2, 3)).toBe(0.6667); // 0.66666… → 0.6667
  });

  it("rounds an exact half up", () => {
    expect(ratio4(6_667, 20_000)).toBe(0.3334); // 0.33335 → 0.3334
    expect(ratio4(1, 20_000)).toBe(0.0001); // 0.00005 → 0.0001
  });

  it("is 0 when the whole is 0", () => {
    expect(ratio4(0, 0)).toBe(0);
  });

  it("stays exact when 20000 · part passes 2^53", () => {
    const whole = MAX_CENTS; // 9007199254740991
    expect(ratio4(whole - 1, whole)).toBe(1); // 0.99999999… → 1.0000
    expect(ratio4(Math.floor(whole / 3), whole)).toBe(0.3333); // 0.333333… → 0.3333
  });
});

describe("mulDivFloor", () => {
  it("divides exactly in numbers", () => {
    expect(mulDivFloor(10_000, 100, 300)).toEqual({ quotient: 3_333, remainder: 100 }); // 1,000,000 / 300
  });

  it("falls back to BigInt when a · b passes 2^53", () => {
    // 1e10 · 1e10 = 1e20 (> 2^53); 1e20 / 7e9 = 14,285,714,285 r 1e20 − 14,285,714,285 · 7e9 = 5e9
    expect(mulDivFloor(1e10, 1e10, 7e9)).toEqual({ quotient: 14_285_714_285, remainder: 5_000_000_000 });
  });
});

describe("roundCents and parseSmallRatio", () => {
  it("rounds a fraction of a cent half-up", () => {
    expect(roundCents({ num: 5n, den: 2n })).toBe(3); // 2.5 → 3
    expect(roundCents({ num: 7n, den: 3n })).toBe(2); // 2.33 → 2
    expect(roundCents(42)).toBe(42);
  });

  it("reads percentages and ratios exactly", () => {
    expect(parseSmallRatio("2.5", "pct")).toEqual({ num: 25, den: 10 });
    expect(parseSmallRatio(0.8, "targetRatio")).toEqual({ num: 8, den: 10 });
    expect(parseSmallRatio("1e-2", "pct")).toEqual({ num: 1, den: 100 });
    expect(parseSmallRatio("5.00000000", "pct")).toEqual({ num: 5, den: 1 }); // as the database writes it
    expect(() => parseSmallRatio("-5", "pct")).toThrow(RangeError);
  });
});
