import { describe, expect, it } from "vitest";
import { foldRows, OTHERS_KEY } from "./fold-rows";

const row = (key: string, insuredUsd: string, uninsuredUsd: string) => ({ key, label: key.toUpperCase(), insuredUsd, uninsuredUsd });

describe("breakdown rows folded for the dashboard", () => {
  it("keeps a short list whole, largest exposure first", () => {
    expect(foldRows([row("a", "1.00", "0.00"), row("b", "0.00", "5.00")], 3).map((r) => [r.key, r.others])).toEqual([["b", 0], ["a", 0]]);
  });

  it("keeps the limit − 1 largest and sums the rest into one Others row, to the cent", () => {
    const rows = [row("a", "100.00", "0.00"), row("b", "50.00", "10.00"), row("c", "0.10", "0.20"), row("d", "0.05", "0.01"), row("e", "1.00", "0.00")];
    const folded = foldRows(rows, 3);
    // a (100.00) and b (60.00) lead; c (0.30), d (0.06) and e (1.00) fold: insured 0.10 + 0.05 + 1.00 = 1.15, uninsured 0.20 + 0.01 = 0.21
    expect(folded).toEqual([
      { ...rows[0], others: 0 }, { ...rows[1], others: 0 },
      { key: OTHERS_KEY, label: "Others (3)", insuredUsd: "1.15", uninsuredUsd: "0.21", others: 3 },
    ]);
  });

  it("ranks providers by what they insure, and compares amounts as decimals, not text", () => {
    const folded = foldRows([row("small", "9.00", "1000.00"), row("big", "10.00", "0.00")], 2, "insured");
    expect(folded.map((r) => r.key)).toEqual(["big", "small"]);
  });
});
