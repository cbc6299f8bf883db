import { describe, expect, it } from "vitest";
import { parsePortfolioJson } from "./parse-json";

const ctx = { existingLabels: new Set(["Old"]), catalog: new Map() };
const position = { label: "A", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1" };
const cover = { productName: "P", coverageType: "custody_theft", amountUsd: 5, startsAt: "2026-01-01", expiresAt: "2027-01-01" };

describe("parsePortfolioJson", () => {
  it("explains a file that is not the JSON export", () => {
    expect(parsePortfolioJson("label,asset\n", ctx).errors[0]?.message).toMatch(/^This is not valid JSON/);
    expect(parsePortfolioJson('{"positions": []}', ctx).errors[0]?.message).toMatch(/not a CoverDesk portfolio export/);
  });

  it("names errors by list, item number and JSON field", () => {
    const doc = {
      positions: [position, { ...position, label: "Old", valueUsd: "x", note: 1 }, "nope"],
      covers: [{ ...cover, positions: ["A", "Old", "Ghost"], deductible: { kind: "pct_of_loss", value: "120" } }],
    };
    const r = parsePortfolioJson(JSON.stringify(doc), ctx);
    expect(r.positions.errors).toEqual([
      { row: 2, column: "note", message: 'Unknown field "note"', section: "positions" },
      { row: 2, column: "valueUsd", message: expect.stringContaining("Enter an amount"), section: "positions" },
      { row: 2, column: "label", message: 'A position labelled "Old" already exists in this portfolio', section: "positions" },
      { row: 3, column: null, message: "Expected an object", section: "positions" },
    ]);
    expect(r.covers.errors).toEqual([
      { row: 1, column: "deductible.value", message: "A percentage must be between 0 and 100", section: "covers" },
    ]);
  });

  it("links covers to positions of the file and of the portfolio; numbers are read as text", () => {
    const r = parsePortfolioJson(JSON.stringify({ positions: [position], covers: [{ ...cover, positions: ["A", "Old"] }] }), ctx);
    expect(r.covers.errors).toEqual([]);
    expect(r.covers.rows[0]?.record).toMatchObject({ amountUsd: "5", positions: ["A", "Old"], productId: null });
  });
});
