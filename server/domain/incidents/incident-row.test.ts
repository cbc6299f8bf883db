import { describe, expect, it } from "vitest";
import { describeProblem, incidentRow, parseIncidentFile, sourceLabel, type TIncidentFileRow } from "./incident-row";
import { incidentVenueResolver } from "./resolve-venue";

const dhl = {
  id: "dhl-20260820-flashstakev2", date: "2026-08-20", venue_name: "FlashstakeV2", venue_slug: null, venue_slug_guess: "flashstakev2",
  chains: ["ethereum"], chains_other: [], chain_basis: "poc-fork-alias", kind: "protocol_exploit", loss_usd: 1234.5,
  loss_text: "~$1.2k", loss_usd_note: null, root_cause: "reentrancy", root_cause_source_label: "Reentrancy", asset: null, date_note: null,
  references: ["https://x.com/some/status/1"],
  source: { repository: "SunWeb3Sec/DeFiHackLabs", path: "README.md", poc_path: "src/test/x.sol", commit: "b3719ce7fb93ee6f743853ede9471e1a8bed1de0",
    url: "https://github.com/SunWeb3Sec/DeFiHackLabs/blob/b3719ce7fb93ee6f743853ede9471e1a8bed1de0/README.md", license: "Apache-2.0" },
  as_of: "2026-08-22",
};
const news = {
  ...dhl, id: "cur-20250221-bybit", venue_name: "Bybit", venue_slug_guess: null, kind: "custody_theft", loss_usd: null,
  source: { kind: "curated from stored public pages", url: "https://www.example-news.com/a/1", license: "facts only" },
};

describe("the incident file schema", () => {
  it("accepts repository and page rows", () => {
    const parsed = parseIncidentFile([dhl, news]);
    expect(parsed.ok).toBe(true);
  });
  it("names the row (index, id) and field of a bad row", () => {
    const parsed = parseIncidentFile([dhl, { ...news, date: "2025-02-30" }, { ...news, id: "cur-2", kind: "meteor" }]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map(describeProblem)).toEqual([
      "row 1 (id cur-20250221-bybit), date: Not a real calendar date",
      expect.stringMatching(/^row 2 \(id cur-2\), kind: /),
    ]);
  });
  it("names a nested field and a duplicate id", () => {
    const parsed = parseIncidentFile([dhl, { ...dhl, references: ["not a url"] }]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = parsed.problems.map((p) => [p.index, p.field]);
    expect(fields).toContainEqual([1, "references[0]"]);
    expect(fields).toContainEqual([1, "id"]);
  });
  it("refuses a file that is not a list", () => {
    const parsed = parseIncidentFile({ incidents: [] });
    expect(parsed.ok).toBe(false);
  });
});

describe("incidentRow", () => {
  const resolve = incidentVenueResolver([{ slug: "bybit", name: "Bybit", isFamily: false, aliases: [] }]);
  it("maps a row, resolving its venue and labelling its source", () => {
    const [a, b] = (parseIncidentFile([dhl, news]) as { ok: true; rows: TIncidentFileRow[] }).rows.map((r) => incidentRow(r, resolve));
    expect(a).toMatchObject({ venueSlug: null, lossUsd: "1234.50", sourceLabel: "DeFiHackLabs (Apache-2.0)", sourceLicense: "Apache-2.0" });
    expect(b).toMatchObject({ venueSlug: "bybit", lossUsd: null, sourceLabel: "example-news.com", sourceUrl: "https://www.example-news.com/a/1" });
  });
  it("labels a repository without a licence by its name", () => {
    expect(sourceLabel({ ...dhl.source, license: null })).toBe("DeFiHackLabs");
  });
});
