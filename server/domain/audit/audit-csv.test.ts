import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { AUDIT_CSV_HEADER, auditCell, auditCsv, auditCsvFilename, type AuditCsvEntry } from "./audit-csv";

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

const entry = (over: Partial<AuditCsvEntry>): AuditCsvEntry => ({
  at: "2026-01-05T10:00:00.000Z", user: { name: "Alice", email: "alice@example.com" }, action: "update", entity: "position", entityId: "pos1", changes: {}, ...over,
});

describe("auditCsv", () => {
  it("writes one row per changed field, and one row with an empty field for an entry that changed none", () => {
    const csv = auditCsv([
      entry({ changes: { valueUsd: ["100000", "125000"], risks: [["depeg"], ["depeg", "hack"]] } }),
      entry({ action: "create", entity: "share_link", entityId: "s1", changes: {}, user: null }),
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    expect(parse(csv)).toEqual([
      [...AUDIT_CSV_HEADER],
      ["2026-01-05T10:00:00.000Z", "alice@example.com", "Alice", "update", "position", "pos1", "valueUsd", "100000", "125000"],
      ["2026-01-05T10:00:00.000Z", "alice@example.com", "Alice", "update", "position", "pos1", "risks", '["depeg"]', '["depeg","hack"]'],
      ["2026-01-05T10:00:00.000Z", "", "", "create", "share_link", "s1", "", "", ""],
    ]);
  });

  it("neutralises cells a spreadsheet would run as a formula, in names and values alike", () => {
    const csv = auditCsv([entry({ user: { name: "=HYPERLINK(\"x\")", email: "+a@b.c" }, changes: { label: ["@SUM(A1)", "-1+2"], note: [null, "\tx"] } })]);
    const rows = parse(csv);
    expect(rows[1]!.slice(1, 3)).toEqual(["'+a@b.c", "'=HYPERLINK(\"x\")"]);
    expect(rows[1]!.slice(7)).toEqual(["'@SUM(A1)", "'-1+2"]);
    expect(rows[2]![8]).toBe("'\tx");
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("keeps commas, quotes and line breaks inside their cell", () => {
    const rows = parse(auditCsv([entry({ changes: { description: ['a, "b"\nc', null] } })]));
    expect(rows[1]!.slice(6)).toEqual(["description", 'a, "b"\nc', ""]);
  });
});

describe("auditCell / auditCsvFilename", () => {
  it("writes text as is, nothing as empty, anything else as JSON", () => {
    expect([auditCell("x"), auditCell(null), auditCell(undefined), auditCell(3), auditCell(true), auditCell({ a: 1 })]).toEqual(["x", "", "", "3", "true", '{"a":1}']);
  });

  it("names the file after the portfolio, the entity and the day", () => {
    expect(auditCsvFilename("DAO Treasury #2", "2026-01-05")).toBe("dao-treasury-2-audit-2026-01-05.csv");
    expect(auditCsvFilename("€€", "2026-01-05", "share_link")).toBe("portfolio-audit-share-link-2026-01-05.csv");
  });
});
