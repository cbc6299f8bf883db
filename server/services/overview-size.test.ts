import { describe, expect, it } from "vitest";
import { overviewSizes } from "./overview-fixture";

describe("portfolio.overview's size", () => {
  it("stays within 50 KB for 1,000 positions and 2,000 covers, where the summary is over a megabyte", () => {
    const { overview, summaryBytes, overviewBytes } = overviewSizes(1000);
    expect(overviewBytes).toBeLessThanOrEqual(50 * 1024);
    expect(summaryBytes).toBeGreaterThan(1024 * 1024);
    // It still says everything the dashboard shows.
    expect(overview.counts).toMatchObject({ positions: 1000, covers: 2000 });
    expect(overview.alerts.groups.length).toBeGreaterThan(0);
    for (const g of overview.alerts.groups) expect(g.alerts.length).toBeLessThanOrEqual(3);
    expect(overview.breakdowns.byVenue.length).toBeLessThanOrEqual(8);
    expect(overview.breakdowns.byVenue.at(-1)).toMatchObject({ key: "__others__", label: expect.stringMatching(/^Others \(\d+\)$/) });
  });

  it("does not grow with the number of positions: 100 and 1,000 are within a few KB", () => {
    const small = overviewSizes(100).overviewBytes;
    const large = overviewSizes(1000).overviewBytes;
    expect(large - small).toBeLessThan(12 * 1024);
  });

  it("keeps the summary's totals to the cent, and the folded breakdowns add up to them", () => {
    const { summary, overview } = overviewSizes(1000);
    expect(overview.totals).toEqual(summary.totals);
    const cents = (usd: string) => BigInt(usd.replace(".", ""));
    const sum = (rowsOf: { insuredUsd: string; uninsuredUsd: string }[]) =>
      rowsOf.reduce((t, r) => t + cents(r.insuredUsd) + cents(r.uninsuredUsd), 0n);
    expect(sum(overview.breakdowns.byVenue)).toBe(sum(summary.breakdowns.byVenue));
    expect(sum(overview.breakdowns.byChain)).toBe(cents(summary.totals.valueUsd));
  });
});
