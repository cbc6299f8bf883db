import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { TAlertList } from "@/lib/schemas/alert";
import { ZStatement } from "@/lib/schemas/statement";
import type { TSummary } from "@/lib/schemas/summary";
import { annualRatePct, buildStatement, coverStanding, type StatementInput } from "./build-statement";
import { renderCsv } from "./render-csv";
import { renderMarkdown } from "./render-markdown";

const position = (id: string, venue: string, value: string, insured: string) => ({
  id, label: `Pos ${id}`, asset: "USDC", assetKind: "stablecoin" as const, chain: "ethereum", venueKind: "defi" as const, venue,
  venueName: venue === "aave-v3" ? "Aave V3" : null, valueUsd: value, primaryRisk: "protocol_exploit" as const,
  insuredUsd: insured, uninsuredUsd: (Number(value) - Number(insured)).toFixed(2), wastedUsd: "0.00", ratio: 0, risks: [], flags: [],
});

const summary: TSummary = {
  portfolio: { id: "p1", name: "Main | fund" },
  asOf: "2026-06-01",
  targetRatio: 0.8,
  includeDrafts: false,
  positions: [position("a", "aave-v3", "250000.00", "100000.00"), position("b", "lido", "5000.00", "0.00"), position("c", "lido", "40000.00", "0.00")],
  covers: [
    { id: "c1", name: "=HYPERLINK(\"x\")", providerSlug: "nexus-mutual", providerName: "Nexus Mutual", coverageType: "protocol_exploit",
      amountUsd: "100000.00000000", startsAt: "2026-01-01", expiresAt: "2027-01-01", status: "held", positionIds: ["a"] },
    { id: "c2", name: "Draft", providerSlug: null, providerName: null, coverageType: "depeg",
      amountUsd: "1.00", startsAt: "2026-01-01", expiresAt: "2027-01-01", status: "draft", positionIds: [] },
  ],
  totals: { valueUsd: "295000.00", insuredUsd: "100000.00", uninsuredUsd: "195000.00", wastedUsd: "0.00", ratio: 0.339 },
  breakdowns: {
    byProvider: [{ key: "nexus-mutual", label: "Nexus Mutual", insuredUsd: "100000.00", uninsuredUsd: "0.00" }],
    byChain: [], byVenueKind: [], byRisk: [],
    byVenue: [
      { key: "aave-v3", label: "Aave V3", insuredUsd: "100000.00", uninsuredUsd: "150000.00" },
      { key: "lido", label: "lido (unlisted)", insuredUsd: "0.00", uninsuredUsd: "45000.00" },
    ],
  },
  portfolioFlags: [{ code: "provider_concentration", key: "nexus-mutual", label: "Nexus Mutual", share: 1 }],
  timeline: [],
};
const alerts: TAlertList = {
  asOf: "2026-06-01", openCount: 2, acknowledgedCount: 0,
  groups: [{ code: "uninsured", severity: "warning", title: "Uninsured positions", count: 2, acknowledgedCount: 0, totalUsd: "45000", until: null, alerts: [] }],
};
const input: StatementInput = {
  summary, alerts, gapThresholdUsd: "10000.00", generatedOn: "2026-06-02",
  coverExtras: new Map([["c1", { premiumUsd: "2600", claimWindowDays: 30 }]]),
  sources: [{ name: "Provider catalog", date: "2026-05-01" }, { name: "Incident catalog", date: null }],
};

describe("buildStatement", () => {
  const s = buildStatement(input);

  it("keeps the summary's totals and venue figures to the cent", () => {
    expect(ZStatement.parse(s)).toEqual(s);
    expect(s.totals).toEqual({ exposureUsd: "295000.00", insuredUsd: "100000.00", uninsuredUsd: "195000.00", wastedUsd: "0.00", share: 0.339 });
    expect(s.venues).toEqual([
      { key: "aave-v3", label: "Aave V3", exposureUsd: "250000.00", insuredUsd: "100000.00", uninsuredUsd: "150000.00", share: 0.4 },
      { key: "lido", label: "lido (unlisted)", exposureUsd: "45000.00", insuredUsd: "0.00", uninsuredUsd: "45000.00", share: 0 },
    ]);
  });

  it("lists held covers only, with the last day to claim and the annualised rate", () => {
    expect(s.covers).toEqual([{
      id: "c1", provider: "Nexus Mutual", product: "=HYPERLINK(\"x\")", coverageType: "protocol_exploit", amountUsd: "100000.00", standing: "in_force",
      startsAt: "2026-01-01", expiresAt: "2027-01-01", lastClaimDay: "2027-01-30", premiumUsd: "2600.00", annualRatePct: "2.60",
    }]);
  });

  it("keeps gaps at or above the threshold, largest first; flags concentration; copies alerts and sources", () => {
    expect(s.gaps.map((g) => [g.positionId, g.uninsuredUsd])).toEqual([["a", "150000.00"], ["c", "40000.00"]]);
    expect(s.providers).toEqual([{ key: "nexus-mutual", label: "Nexus Mutual", insuredUsd: "100000.00", share: 1, concentrated: true }]);
    expect(s.alerts).toEqual([{ code: "uninsured", severity: "warning", title: "Uninsured positions", count: 2, totalUsd: "45000.00" }]);
    expect(s.sources).toHaveLength(2);
    expect(buildStatement({ ...input, gapThresholdUsd: "1000000" }).gaps).toEqual([]);
  });
});

describe("coverStanding", () => {
  const cover = { startsAt: "2026-01-01", expiresAt: "2027-01-01" };
  it("is in force from the start day up to (not including) the expiry day, then claimable through the last day to claim", () => {
    expect(coverStanding(cover, "2027-01-30", "2025-12-31")).toBe("not_started");
    expect(coverStanding(cover, "2027-01-30", "2026-01-01")).toBe("in_force");
    expect(coverStanding(cover, "2027-01-30", "2026-12-31")).toBe("in_force");
    expect(coverStanding(cover, "2027-01-30", "2027-01-01")).toBe("claim_window");
    expect(coverStanding(cover, "2027-01-30", "2027-01-30")).toBe("claim_window");
    expect(coverStanding(cover, "2027-01-30", "2027-01-31")).toBe("expired");
    expect(coverStanding(cover, null, "2027-01-01")).toBe("expired");
  });
});

describe("annualRatePct", () => {
  it("scales the premium to 365 days and gives null when it cannot", () => {
    expect(annualRatePct("500", "100000", "2026-01-01", "2026-07-02")).toBe("1.00"); // 182 days
    expect(annualRatePct(null, "100000", "2026-01-01", "2027-01-01")).toBeNull();
    expect(annualRatePct("5", "0", "2026-01-01", "2027-01-01")).toBeNull();
    expect(annualRatePct("5", "10", "2026-01-01", "2026-01-01")).toBeNull();
  });
});

describe("renderers", () => {
  const s = buildStatement(input);

  it("Markdown has every section, right-aligned figure columns and escaped pipes", () => {
    const md = renderMarkdown(s);
    for (const h of ["## Totals", "## By venue", "## Covers held", "## Uninsured gaps of 10000.00 or more", "## Provider concentration", "## Open alerts", "## Data sources"]) {
      expect(md).toContain(h);
    }
    expect(md).toContain("Main \\| fund");
    expect(md).toContain("| Aave V3 | 250000.00 | 100000.00 | 150000.00 | 40.0 % |");
    expect(md).toContain("| --- | ---: | ---: | ---: | ---: |");
  });

  it("CSV parses back with the same figures and escapes formulas", () => {
    const csv = renderCsv(s);
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const totals = rows.find((r) => r.section === "totals");
    expect(totals).toMatchObject({ amount_usd: "295000.00", insured_usd: "100000.00", uninsured_usd: "195000.00", share: "0.339" });
    expect(rows.filter((r) => r.section === "venue").map((r) => r.amount_usd)).toEqual(["250000.00", "45000.00"]);
    const cover = rows.find((r) => r.section === "cover");
    expect(cover?.label).toBe("'=HYPERLINK(\"x\")");
    expect(cover).toMatchObject({ last_claim_day: "2027-01-30", premium_usd: "2600.00", annual_rate_pct: "2.60" });
  });
});
