import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeFormula, readCsv, unescapeFormula, writeCsv } from "./csv-text";

describe("readCsv numbers rows as a spreadsheet shows them", () => {
  it("counts the header as row 1 and blank lines as rows, then skips them", () => {
    const t = readCsv("a,b\n1,2\n\n,\n3,4\n", 100);
    expect(t.header).toEqual({ row: 1, cells: ["a", "b"] });
    expect(t.records).toEqual([{ row: 2, cells: ["1", "2"] }, { row: 5, cells: ["3", "4"] }]);
  });

  it("reads CRLF, a BOM, quoted commas, quotes and line breaks inside cells", () => {
    const t = readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\r\nlines",z\r\nlast,1\r\n', 100);
    expect(t.header?.cells).toEqual(["a", "b"]);
    expect(t.records).toEqual([
      { row: 2, cells: ["x, y", 'say "hi"'] },
      { row: 3, cells: ["two\r\nlines", "z"] },
      { row: 4, cells: ["last", "1"] },
    ]);
  });

  it("detects semicolon and tab separated files from the header", () => {
    expect(readCsv("a;b\n1,5;2\n", 10).records[0]?.cells).toEqual(["1,5", "2"]);
    expect(readCsv("a\tb\n1\t2\n", 10).records[0]?.cells).toEqual(["1", "2"]);
  });

  it("reports an unclosed quote with its row", () => {
    const t = readCsv('a,b\n1,2\n"oops,3\n', 10);
    expect(t.errors).toContainEqual(expect.objectContaining({ row: 3, message: expect.stringContaining("not closed") }));
  });

  it("refuses more data rows than the limit, with a file-level error", () => {
    const t = readCsv("a\n1\n2\n3\n", 2);
    expect(t.records).toEqual([]);
    expect(t.errors).toEqual([{ row: null, column: null, message: expect.stringContaining("more than 2 rows") }]);
  });
});

describe("CSV injection", () => {
  it("prefixes cells a spreadsheet would run as a formula, and import strips it back", () => {
    for (const cell of ["=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx"]) {
      expect(escapeFormula(cell)).toBe(`'${cell}`);
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }
    expect(escapeFormula("Aave USDC")).toBe("Aave USDC");
    expect(escapeFormula("'=already")).toBe("''=already");
  });

  it("writes no cell that starts with a formula character", () => {
    const csv = writeCsv(["label"], [["=HYPERLINK(\"http://x\")"], ["-5"]]);
    for (const line of csv.replace(/^\uFEFF/, "").split("\r\n").slice(1, 3)) expect(line).toMatch(/^"?'/);
  });

  it("quotes every cell holding a separator of any locale, a tab or a line break", () => {
    const csv = writeCsv(["label"], [["a;b"], ["a\tb"], ["a\rb"], ["a\nb"], ["plain"]]);
    expect(csv).toContain('"a;b"');
    expect(csv).toContain('"a\tb"');
    expect(csv).toContain('"a\rb"');
    expect(csv).toContain('"a\nb"');
    expect(csv).toContain("\r\nplain\r\n");
  });

  it("neutralises a formula after any separator, so a semicolon-locale spreadsheet cannot run `a;=1+1`", () => {
    const csv = writeCsv(["label"], [["a;=1+1"], ["x,+2"], ["t\t@SUM(A1)"], ["n\n-3"]]);
    const body = csv.replace(/^\uFEFF/, "");
    // Split the way a spreadsheet would that ignored the quotes and used any of these separators:
    const pieces = body.split(/[,;\t\r\n]/).map((p) => p.replace(/^"/, ""));
    expect(pieces.filter((p) => /^[=+\-@]/.test(p))).toEqual([]);
    expect(readCsv(csv, 10).records.map((r) => r.cells[0])).toEqual(["a;=1+1", "x,+2", "t\t@SUM(A1)", "n\n-3"]);
  });

  it("escape then unescape is the identity on every text", () => {
    fc.assert(fc.property(fc.string(), (s) => unescapeFormula(escapeFormula(s)) === s));
    const risky = fc.string({ unit: fc.constantFrom("a", "'", "=", "+", "-", "@", ",", ";", "\t", "\r", "\n", " ") });
    fc.assert(fc.property(risky, (s) => unescapeFormula(escapeFormula(s)) === s), { numRuns: 2000 });
  });

  it("any table survives write then read", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "😀", ",", ";", '"', "'", "=", "-", "@", " ", "\n", "\t", "\r", "|", "1") });
    const table = fc.integer({ min: 1, max: 4 }).chain((n) =>
      fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 6 }).map((rows) => ({ n, rows })));
    fc.assert(fc.property(table, ({ n, rows }) => {
      const header = Array.from({ length: n }, (_, i) => `c${i}`);
      const nonBlank = rows.filter((r) => r.some((c) => c.trim() !== ""));
      const read = readCsv(writeCsv(header, nonBlank), 100);
      expect(read.header?.cells).toEqual(header);
      expect(read.records.map((r) => r.cells)).toEqual(nonBlank);
    }));
  });
});
