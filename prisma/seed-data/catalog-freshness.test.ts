import { describe, expect, it } from "vitest";
import { catalogFreshness, formatFreshnessReport, nexusListingsFreshness } from "./catalog-freshness";
import { loadProviders } from "./provider-catalog";

const TODAY = "2026-12-04";

describe("catalog freshness report", () => {
  const rows = catalogFreshness(loadProviders(), TODAY);

  it("counts every fact of a provider once, by state (its products included)", () => {
    for (const r of rows) expect(r.fresh + r.stale + r.undated + r.unknown, r.slug).toBe(r.total);
    const nexus = rows.find((r) => r.slug === "nexus-mutual");
    // 34 facts (one of them a product not seeded) + 6 products; the facts from premium-facts.json are dated
    expect(nexus).toEqual({ slug: "nexus-mutual", total: 40, fresh: 4, stale: 9, undated: 27, unknown: 0 });
  });

  it("counts the Nexus listings apart, and prints a table with totals", () => {
    const listings = nexusListingsFreshness(TODAY);
    expect(listings.total).toBe(listings.fresh + listings.stale + listings.undated + listings.unknown);
    const text = formatFreshnessReport([...rows, listings], TODAY);
    expect(text).toMatch(/^provider\s+facts\s+dated fresh\s+dated stale\s+undated\s+unknown$/m);
    expect(text).toMatch(/^nexus-mutual\s+40\s+4\s+9\s+27\s+0$/m);
    const total = [...rows, listings].reduce((n, r) => n + r.total, 0);
    expect(text).toMatch(new RegExp(`^all providers\\s+${total}\\s`, "m"));
  });
});
