import { describe, expect, it } from "vitest";
import { ageText, factGroup, factLabel, factLines, formatAsOf } from "./fact-format";

describe("fact values as text", () => {
  it("keeps scalars as stated: years are not regrouped", () => {
    expect(factLines(2019)).toEqual(["2019"]);
    expect(factLines("discretionary mutual")).toEqual(["discretionary mutual"]);
    expect(factLines(true)).toEqual(["yes"]);
  });

  it("joins a list of words, and gives each object of a list its own line", () => {
    expect(factLines(["ETH", "USDC"])).toEqual(["ETH, USDC"]);
    expect(factLines([{ firm: "iosiro", date: "2021-05/06" }, { bug_bounty: "Immunefi" }])).toEqual([
      "firm: iosiro; date: 2021-05/06", "bug bounty: Immunefi",
    ]);
  });

  it("writes an object as one line per key, nested values inline", () => {
    expect(factLines({ metric: "total value locked", usd: 278000000 })).toEqual(["metric: total value locked", "usd: 278000000"]);
    expect(factLines({ state: "active", date: null })).toEqual(["state: active", "date: —"]);
    expect(factLines({ by_year_usd: { "2020": 1 } })).toEqual(["by year usd: 2020: 1"]);
  });
});

describe("fact keys as labels", () => {
  it("reads paths and list indexes", () => {
    expect(factLabel("payout_track_record.total_claims_paid")).toBe("Payout track record › total claims paid");
    expect(factLabel("capacity.0")).toBe("Capacity #1");
    expect(factLabel("payout_track_record.notable_payouts.2")).toBe("Payout track record › notable payouts #3");
    expect(factGroup("pricing.membership_fee")).toBe("Pricing");
  });
});

describe("as-of dates and ages as text", () => {
  it("writes a date with the month's name, at the precision it was given", () => {
    expect(formatAsOf("2022-06-01")).toBe("1 Jun 2022");
    expect(formatAsOf("2021-05")).toBe("May 2021");
    expect(formatAsOf("2025")).toBe("2025");
    expect(formatAsOf("2022 (V2 litepaper post)")).toBe("2022 (V2 litepaper post)");
    expect(formatAsOf("undated")).toBe("undated");
    expect(formatAsOf("2022-13")).toBe("2022-13");
  });

  it("gives an age in months under a year, in whole years after", () => {
    expect(ageText(0)).toBe("less than a month old");
    expect(ageText(1)).toBe("1 month old");
    expect(ageText(11)).toBe("11 months old");
    expect(ageText(12)).toBe("1 year old");
    expect(ageText(23)).toBe("1 year old");
    expect(ageText(54)).toBe("4 years old");
  });
});
