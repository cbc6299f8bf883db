import { describe, expect, it } from "vitest";
import { checklistView, toggleAll, type ChecklistItem } from "./checklist-model";

const items: ChecklistItem[] = Array.from({ length: 500 }, (_, i) => ({
  id: `p${i}`, label: `Vault ${i}`, valueUsd: "1000.00", venue: i % 2 ? "aave-v3" : "coinbase", chain: i % 3 ? "ethereum" : "base",
}));

describe("position checklist", () => {
  it("renders at most 200 rows but knows every match", () => {
    const view = checklistView(items, "", new Set(), false);
    expect(view.shown).toHaveLength(200);
    expect(view.matching).toHaveLength(500);
  });

  it("narrows by every word typed", () => {
    const view = checklistView(items, "AAVE base", new Set(), false);
    expect(view.matching.every((i) => i.venue === "aave-v3" && i.chain === "base")).toBe(true);
    expect(view.matching).toHaveLength(83);
  });

  it("can show only the positions already picked", () => {
    expect(checklistView(items, "", new Set(["p3", "p7"]), true).shown.map((i) => i.id)).toEqual(["p3", "p7"]);
  });

  it("selects and clears all matching positions without duplicates", () => {
    expect(toggleAll(["p2", "p1"], ["p1", "p3"], true)).toEqual(["p2", "p1", "p3"]);
    expect(toggleAll(["p2", "p1", "p3"], ["p1", "p3"], false)).toEqual(["p2"]);
  });
});
