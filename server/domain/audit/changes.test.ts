import { describe, expect, it } from "vitest";
import { Decimal } from "@/server/domain/money";
import { changesOf } from "./changes";

describe("what a write changed", () => {
  it("lists only the fields that differ, dates and decimals as text", () => {
    const before = { label: "Aave USDC", valueUsd: new Decimal("100000"), chain: "ethereum", startsAt: new Date("2026-01-01T00:00:00Z") };
    const after = { ...before, valueUsd: new Decimal("125000.5"), startsAt: new Date("2026-02-01T00:00:00Z") };
    expect(changesOf(before, after, ["label", "valueUsd", "chain", "startsAt"])).toEqual({
      valueUsd: ["100000", "125000.5"],
      startsAt: ["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"],
    });
  });

  it("gives every field of a created row as [null, value] and of a deleted row as [value, null]", () => {
    expect(changesOf(null, { label: "New", venue: "lido" }, ["label", "venue"])).toEqual({ label: [null, "New"], venue: [null, "lido"] });
    expect(changesOf({ label: "Old", venues: ["a", "b"] }, null, ["label", "venues"])).toEqual({ label: ["Old", null], venues: [["a", "b"], null] });
  });

  it("sees a changed list", () => {
    expect(changesOf({ positionIds: ["p1"] }, { positionIds: ["p1", "p2"] }, ["positionIds"])).toEqual({ positionIds: [["p1"], ["p1", "p2"]] });
  });
});
