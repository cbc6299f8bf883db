import { describe, expect, it } from "vitest";
import { parseLookbackDays } from "./alerts-form";

describe("the incident alert look-back field", () => {
  it("takes whole days from 1 to 3,650, written as people write them", () => {
    expect(parseLookbackDays("90")).toBe(90);
    expect(parseLookbackDays(" 3,650 ")).toBe(3650);
    for (const bad of ["0", "3651", "9.5", "-3", "", "ninety"]) expect(parseLookbackDays(bad)).toBeNull();
  });
});
