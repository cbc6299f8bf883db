import { describe, expect, it } from "vitest";
import { ZOptimizeBudgetInput } from "@/lib/schemas/recommendation";
import { ZMaxLoading } from "@/lib/schemas/settings";
import {
  maxLoadingError, multipleText, parseMaxLoading, runOptionErrors, runOptionsDraft, scenariosError, seedError, toRunOptions,
  yearsText,
} from "./optimizer-model";

const base = { portfolioId: "c".repeat(25), budgetUsd: "1000" };
const serverAccepts = (extra: Record<string, unknown>) => ZOptimizeBudgetInput.safeParse({ ...base, ...extra }).success;

describe("optimizer run options", () => {
  it("bounds scenarios and seed as the server does, naming the field", () => {
    for (const n of [99, 100, 2000, 20_000, 20_001]) {
      expect(scenariosError(String(n)) === null).toBe(serverAccepts({ scenarios: n }));
    }
    for (const n of [0, 1, 2 ** 31 - 1, 2 ** 31]) {
      expect(seedError(String(n)) === null).toBe(serverAccepts({ seed: n }));
    }
    expect(scenariosError("2,000")).toBeNull();
    expect(scenariosError("2000.5")).toMatch(/^Simulated years: a whole number from 100 to 20,000$/);
    expect(scenariosError("")).toMatch(/^Simulated years/);
    expect(seedError("-1")).toMatch(/^Seed: a whole number from 0 to 2,147,483,647$/);
    expect(seedError("abc")).toMatch(/^Seed/);
  });

  it("bounds the value guard as the settings schema does", () => {
    for (const n of [0.5, 1, 2.5, 3, 20, 20.5]) {
      expect(maxLoadingError(String(n)) === null).toBe(ZMaxLoading.safeParse(n).success);
    }
    expect(parseMaxLoading(" 4× ")).toBe(4);
    expect(maxLoadingError("")).toMatch(/^Value guard/);
    expect(maxLoadingError("three")).toMatch(/^Value guard: a number from 1 to 20/);
  });

  it("checks scenarios and seed only in tail mode", () => {
    const draft = { ...runOptionsDraft(3), scenarios: "50", seed: "x" };
    expect(runOptionErrors(draft)).toEqual({});
    expect(Object.keys(runOptionErrors({ ...draft, mode: "tail" }))).toEqual(["scenarios", "seed"]);
  });

  it("sends the guard only when it differs from the saved one, and tail options only in tail mode", () => {
    const draft = runOptionsDraft(3);
    expect(draft).toEqual({ mode: "expected", scenarios: "2000", seed: "1", maxLoading: "3" });
    expect(toRunOptions(draft, 3)).toEqual({ mode: "expected" });
    expect(toRunOptions({ ...draft, maxLoading: "4.5" }, 3)).toEqual({ mode: "expected", maxLoading: 4.5 });
    expect(toRunOptions({ ...draft, mode: "tail", scenarios: "5,000", seed: "42" }, 3)).toEqual({ mode: "tail", scenarios: 5000, seed: 42 });
    expect(serverAccepts(toRunOptions({ ...draft, mode: "tail", maxLoading: "20" }, 3))).toBe(true);
  });

  it("writes multiples and years for people", () => {
    expect(multipleText(0.4)).toBe("0.4×");
    expect(multipleText(6)).toBe("6×");
    expect(multipleText(null)).toBe("—");
    expect(yearsText(2000)).toBe("2,000 simulated years");
  });
});
