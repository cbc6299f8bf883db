import { describe, expect, it } from "vitest";
import { parsePositionsCsv } from "./parse-positions";

const HEADER = "label,asset,asset_kind,chain,venue_kind,venue,value_usd";
const none = new Set<string>();

describe("parsePositionsCsv", () => {
  it("reads valid rows into the form's normalised fields", () => {
    const r = parsePositionsCsv(`${HEADER},quantity,risk_grade,risks\nAave USDC,USDC,Stablecoin,Ethereum,DEFI,aave-v3,1250.5,1250.5,b,depeg | protocol_exploit\n`, none);
    expect(r.errors).toEqual([]);
    expect(r.rowCount).toBe(1);
    expect(r.rows).toEqual([{
      row: 2,
      record: {
        label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3",
        valueUsd: "1250.5", quantity: "1250.5", riskGrade: "B", risks: ["depeg", "protocol_exploit"],
      },
    }]);
  });

  it("gives each bad cell its spreadsheet row, column and the form's message", () => {
    const csv = `${HEADER}\nOK,ETH,native,ethereum,wallet,ledger,10\n\nBad,ETH,coin,ethereum,wallet,ledger,-5\n`;
    const r = parsePositionsCsv(csv, none);
    expect(r.rows.map((x) => x.row)).toEqual([2]);
    expect(r.errors).toEqual([
      { row: 4, column: "asset_kind", message: expect.stringContaining("stablecoin") },
      { row: 4, column: "value_usd", message: "Enter an amount in USD, e.g. 1250.50 (no sign, at most 8 decimals)" },
    ]);
  });

  it("names unknown columns (with a suggestion) and missing required ones, on row 1", () => {
    const r = parsePositionsCsv("label,asset,asset_kind,chain,venue_kind,venue,valu_usd,notes\nA,ETH,native,ethereum,wallet,ledger,1,x\n", none);
    expect(r.errors).toEqual([
      { row: 1, column: "valu_usd", message: 'Unknown column "valu_usd": did you mean "value_usd"?' },
      { row: 1, column: "notes", message: expect.stringMatching(/^Unknown column "notes": known columns: label, asset/) },
      { row: 1, column: "value_usd", message: 'Required column "value_usd" is missing' },
    ]);
    expect(r.rows).toEqual([]);
  });

  it("accepts headers in any case and spacing", () => {
    const r = parsePositionsCsv("Label,Asset,Asset Kind,chain,venueKind,Venue-,VALUE USD\nA,ETH,native,ethereum,wallet,ledger,1\n", none);
    expect(r.errors).toEqual([]);
    expect(r.columns).toEqual(["label", "asset", "asset_kind", "chain", "venue_kind", "venue", "value_usd"]);
  });

  it("reports a label repeated in the file and a label already in the portfolio", () => {
    const csv = `${HEADER}\nA,ETH,native,ethereum,wallet,ledger,1\nB,ETH,native,ethereum,wallet,ledger,1\n A ,ETH,native,ethereum,wallet,ledger,1\n`;
    const r = parsePositionsCsv(csv, new Set(["B"]));
    expect(r.errors).toEqual([
      { row: 3, column: "label", message: 'A position labelled "B" already exists in this portfolio' },
      { row: 4, column: "label", message: 'The label "A" is already used on row 2' },
    ]);
    expect(r.rows.map((x) => x.record.label)).toEqual(["A"]);
  });

  it("accepts $ and thousands separators, rejects a decimal comma", () => {
    const csv = `${HEADER}\nA,ETH,native,ethereum,wallet,ledger,"$1,250,000.50"\nB,ETH,native,ethereum,wallet,ledger,"1,5"\nC,ETH,native,ethereum,wallet,ledger,"1.000,50"\n`;
    const r = parsePositionsCsv(csv, none);
    expect(r.rows.map((x) => x.record.valueUsd)).toEqual(["1250000.50"]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([[3, "value_usd"], [4, "value_usd"]]);
  });

  it("keeps unicode labels and strips the export's formula escape", () => {
    const csv = `\uFEFF${HEADER}\r\nTrésor 金库 🏦,ETH,native,ethereum,wallet,ledger,1\r\n'=SUM(A1),ETH,native,ethereum,wallet,ledger,2\r\n`;
    const r = parsePositionsCsv(csv, none);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.record.label)).toEqual(["Trésor 金库 🏦", "=SUM(A1)"]);
  });

  it("names a value standing in a column without a header", () => {
    const r = parsePositionsCsv(`${HEADER},\nA,ETH,native,ethereum,wallet,ledger,1,\nB,ETH,native,ethereum,wallet,ledger,1,oops\n`, none);
    expect(r.errors).toEqual([{ row: 3, column: "column H", message: expect.stringContaining("without a name") }]);
  });

  it("catches an unquoted 1,000 that spills into an extra cell instead of reading 1", () => {
    const r = parsePositionsCsv(`${HEADER}\nA,ETH,native,ethereum,wallet,ledger,1,000\n`, none);
    expect(r.errors).toEqual([{ row: 2, column: "column H", message: expect.stringContaining('must be quoted ("1,000")') }]);
  });

  it("explains an empty file and a header without rows", () => {
    expect(parsePositionsCsv("\n\n", none).errors).toEqual([{ row: null, column: null, message: expect.stringContaining("empty") }]);
    expect(parsePositionsCsv(`${HEADER}\n`, none).errors).toEqual([{ row: null, column: null, message: "The file has no rows under the header" }]);
  });

  it("shows the first rows as they are in the file for the preview", () => {
    const rows = Array.from({ length: 15 }, (_, i) => `P${i},ETH,native,ethereum,wallet,ledger,${i}`).join("\n");
    const r = parsePositionsCsv(`${HEADER}\n${rows}\n`, none);
    expect(r.preview).toHaveLength(10);
    expect(r.preview[0]).toEqual({ row: 2, cells: ["P0", "ETH", "native", "ethereum", "wallet", "ledger", "0"] });
    expect(r.rowCount).toBe(15);
  });
});
