import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coverRecord, label, linkableLabel, positionRecord } from "./arbitraries.test-helpers";
import { readCover } from "./cover-record";
import { coversCsv, portfolioJson, positionsCsv } from "./format";
import { parsePortfolioJson } from "./parse-json";
import { parsePositionsCsv } from "./parse-positions";
import { readPosition } from "./position-record";
import { readTable } from "./read-table";
import { catalogKey, type CoverRecord, type PositionRecord } from "./types";

const rowsOf = <T>(records: T[]) => records.map((record, i) => ({ row: i + 2, record }));

describe("export then import gives back the same records", () => {
  it("positions CSV", () => {
    const records = fc.uniqueArray(positionRecord(), { selector: (p) => p.label, maxLength: 12 });
    fc.assert(fc.property(records, (positions) => {
      const parsed = readTable("positions", positionsCsv(positions), readPosition);
      expect(parsed.rows).toEqual(rowsOf(positions));
      expect(parsed.errors).toEqual(positions.length === 0 ? [expect.objectContaining({ row: null })] : []);
    }), { numRuns: 200 });
  });

  it("covers CSV, positions linked by label", () => {
    const covers = fc.array(coverRecord(fc.uniqueArray(linkableLabel, { maxLength: 4 })), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(covers, (records) => {
      const parsed = readTable("covers", coversCsv(records), readCover);
      expect(parsed.errors).toEqual([]);
      expect(parsed.rows).toEqual(rowsOf(records));
    }), { numRuns: 200 });
  });

  it("the JSON export, with any label (even one containing |)", () => {
    const doc = fc.uniqueArray(positionRecord(label), { selector: (p) => p.label, minLength: 1, maxLength: 8 }).chain((positions) =>
      fc.array(coverRecord(fc.subarray(positions.map((p) => p.label))), { maxLength: 6 }).map((covers) => ({
        positions,
        // Unique product slugs, so the catalog below can hold each cover's coverage type.
        covers: covers.map((c, i): CoverRecord => (c.productSlug ? { ...c, productSlug: `${c.productSlug}-${i}` } : c)),
      })));
    fc.assert(fc.property(doc, ({ positions, covers }) => {
      const catalog = new Map(covers.filter((c) => c.productSlug).map((c, i) => [
        catalogKey(c.providerSlug ?? "", c.productSlug ?? ""), { id: `prod-${i}`, name: "P", coverageType: c.coverageType },
      ]));
      const text = portfolioJson({ exportedAt: "2026-05-01T00:00:00.000Z", portfolio: { name: "T", description: null }, positions, covers });
      const parsed = parsePortfolioJson(text, { existingLabels: new Set(), catalog });
      expect([...parsed.errors, ...parsed.positions.errors, ...parsed.covers.errors]).toEqual([]);
      expect(parsed.positions.rows.map((r) => r.record)).toEqual(positions);
      expect(parsed.covers.rows.map((r) => r.record)).toEqual(covers.map((c) => ({ ...c, productId: c.productSlug ? expect.any(String) : null })));
    }), { numRuns: 150 });
  });

  it("a positions CSV written by the export reads back with no error into an empty portfolio", () => {
    const positions: PositionRecord[] = [
      { label: "=cmd|' /C calc'!A0", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1", quantity: null, riskGrade: null, risks: [] },
      { label: "Trésor, \"main\"\nline 2", asset: "USDC", assetKind: "stablecoin", chain: "base", venueKind: "defi", venue: "aave-v3", valueUsd: "0.00000001", quantity: "5", riskGrade: "F", risks: ["depeg"] },
    ];
    const parsed = parsePositionsCsv(positionsCsv(positions), new Set());
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([{ row: 2, record: positions[0] }, { row: 3, record: positions[1] }]);
  });
});
